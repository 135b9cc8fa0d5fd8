import { testCredentials } from '#server/ai/index.ts';
import { recordAudit, type RequestOrigin } from '#server/modules/audit/index.ts';
import { authorize, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { OutboundRefusedError } from '#server/platform/outbound/index.ts';
import type { KeyCheck, ProviderKey, PutKeyBody } from '#shared/contracts/keys.ts';
import type { CredentialProvider } from '#shared/vocabulary.ts';
import { lastFour, openCredentialSecret, sealCredentialSecret } from './credential-secret.ts';
import type { KeysDeps } from './keys-deps.ts';
import { deleteCredential, findCredential, findCredentials, recordCheck, upsertCredential, type CredentialOwner, type CredentialRow } from './keys.repo.ts';

/** Whose keys a request is about: the caller's own, or a workspace's (which only its owners manage). */
export type KeyScope = { kind: 'mine' } | { kind: 'workspace'; workspaceId: string };

function toProviderKey(row: CredentialRow): ProviderKey {
  return {
    provider: row.provider,
    last4: row.last4,
    checkedAt: row.checkedAt?.toISOString() ?? null,
    status: row.checkStatus,
    message: row.checkMessage,
    baseUrl: row.baseUrl,
    model: row.model,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function assertComplete(provider: CredentialProvider, input: PutKeyBody): void {
  if ((provider === 'openai-compatible' || provider === 'livekit') && !input.baseUrl) {
    throw new AppError('validation_failed', `baseUrl is required for ${provider} (the server's address).`);
  }
  if (provider === 'livekit' && !input.apiSecret) throw new AppError('validation_failed', 'apiSecret is required for livekit.');
  if (provider !== 'livekit' && input.apiSecret) throw new AppError('validation_failed', `apiSecret is only used by livekit, not ${provider}.`);
}

/**
 * A base URL is the user's or the workspace's: it must be http(s) (LiveKit's also ws(s)) and must not point at this
 * server's network unless an administrator allowed it (decision 015); 400 naming the rule otherwise.
 */
async function assertReachable(deps: KeysDeps, provider: CredentialProvider, baseUrl: string | undefined): Promise<void> {
  if (!baseUrl) return;
  const schemes = provider === 'livekit' ? ['https:', 'http:', 'wss:', 'ws:'] : ['https:', 'http:'];
  try {
    await deps.outbound.checkUrl(baseUrl, { schemes });
  } catch (error) {
    if (error instanceof OutboundRefusedError) throw new AppError('bad_request', `baseUrl: ${error.message}`, { rule: error.rule });
    throw error;
  }
}

/** The owner of the keys in scope; a workspace's keys are the owners' business (manage). */
async function ownerOf(deps: KeysDeps, caller: Caller, scope: KeyScope): Promise<CredentialOwner> {
  if (scope.kind === 'mine') return { kind: 'user', id: caller.userId };
  await authorize(deps.db, caller, { kind: 'workspace', id: scope.workspaceId }, 'manage');
  return { kind: 'workspace', id: scope.workspaceId };
}

/** A key event in the audit log: which provider of whose keys, never the key (decision 016). */
async function auditKey(deps: KeysDeps, caller: Caller, owner: CredentialOwner, event: { action: 'key.stored' | 'key.deleted' | 'key.tested'; provider: CredentialProvider; origin: RequestOrigin; details?: Record<string, unknown> }) {
  await recordAudit(deps.db, {
    actorId: caller.userId,
    action: event.action,
    origin: event.origin,
    target: `${owner.kind}:${owner.id}`,
    details: { provider: event.provider, ...event.details },
    at: deps.now(),
  });
}

/** The stored keys: provider, last four characters and check state, never a secret. */
export async function listKeys(deps: KeysDeps, caller: Caller, scope: KeyScope): Promise<ProviderKey[]> {
  const owner = await ownerOf(deps, caller, scope);
  return (await findCredentials(deps.db, owner)).map(toProviderKey);
}

/** Stores or replaces a key, encrypted under the server secret and bound to its owner and provider. */
export async function putKey(deps: KeysDeps, caller: Caller, scope: KeyScope, provider: CredentialProvider, input: PutKeyBody, origin: RequestOrigin): Promise<void> {
  const owner = await ownerOf(deps, caller, scope);
  assertComplete(provider, input);
  await assertReachable(deps, provider, input.baseUrl);
  const secret = { apiKey: input.apiKey, ...(input.apiSecret ? { apiSecret: input.apiSecret } : {}) };
  const sealed = sealCredentialSecret(secret, deps.serverSecret, owner, provider);
  await upsertCredential(deps.db, owner, provider, {
    ...sealed,
    baseUrl: input.baseUrl ?? null,
    model: input.model ?? null,
    last4: lastFour(input.apiKey),
    updatedAt: deps.now(),
  });
  await auditKey(deps, caller, owner, { action: 'key.stored', provider, origin, details: { baseUrl: input.baseUrl ?? null } });
}

export async function deleteKey(deps: KeysDeps, caller: Caller, scope: KeyScope, provider: CredentialProvider, origin: RequestOrigin): Promise<void> {
  const owner = await ownerOf(deps, caller, scope);
  if (!(await deleteCredential(deps.db, owner, provider))) throw new AppError('not_found', `No ${provider} key is stored.`);
  await auditKey(deps, caller, owner, { action: 'key.deleted', provider, origin });
}

/** One minimal call to the provider with the stored key; the answer is recorded with the key. */
export async function testKey(deps: KeysDeps, caller: Caller, scope: KeyScope, provider: CredentialProvider, origin: RequestOrigin): Promise<KeyCheck> {
  const owner = await ownerOf(deps, caller, scope);
  const row = await findCredential(deps.db, owner, provider);
  if (!row) throw new AppError('not_found', `No ${provider} key is stored.`);
  const secret = openCredentialSecret(row, deps.serverSecret);
  const result = await testCredentials(provider, { apiKey: secret.apiKey, apiSecret: secret.apiSecret, baseUrl: row.baseUrl }, { now: deps.now, fetch: deps.outbound.fetch });
  await recordCheck(deps.db, row.id, { status: result.ok ? 'ok' : 'failed', message: result.message, at: deps.now() });
  await auditKey(deps, caller, owner, { action: 'key.tested', provider, origin, details: { ok: result.ok } });
  return result;
}
