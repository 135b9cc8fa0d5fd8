import type { KeyItem, KeyProvider, PutKeyRequest, TestKeyResponse } from '#shared/contracts/keys.ts';
import { testCredentials } from '#server/ai/index.ts';
import type { Db } from '#server/db/client.ts';
import { AppError } from '#server/platform/errors.ts';
import { lastFour, openCredentialSecret, sealCredentialSecret } from './credential-secret.ts';
import { deleteCredential, findCredential, findCredentials, recordCheck, upsertCredential, type CredentialOwner, type CredentialRow } from './keys.repo.ts';

export type KeysServiceDeps = { db: Db; serverSecret: string; now: () => number };

function toItem(row: CredentialRow): KeyItem {
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

function assertComplete(provider: KeyProvider, input: PutKeyRequest): void {
  if ((provider === 'openai-compatible' || provider === 'livekit') && !input.baseUrl) {
    throw new AppError('validation_failed', `baseUrl is required for ${provider} (the server's address).`);
  }
  if (provider === 'livekit' && !input.apiSecret) throw new AppError('validation_failed', 'apiSecret is required for livekit.');
  if (provider !== 'livekit' && input.apiSecret) throw new AppError('validation_failed', `apiSecret is only used by livekit, not ${provider}.`);
}

/** Stores, lists and checks provider keys. The API never returns a stored secret: only the provider, last four and check state. */
export function createKeysService(deps: KeysServiceDeps) {
  const { db } = deps;
  return {
    async listKeys(owner: CredentialOwner): Promise<KeyItem[]> {
      return (await findCredentials(db, owner)).map(toItem);
    },

    async putKey(owner: CredentialOwner, provider: KeyProvider, input: PutKeyRequest): Promise<void> {
      assertComplete(provider, input);
      const secret = { apiKey: input.apiKey, ...(input.apiSecret ? { apiSecret: input.apiSecret } : {}) };
      const sealed = sealCredentialSecret(secret, deps.serverSecret, owner, provider);
      await upsertCredential(db, owner, provider, { ...sealed, baseUrl: input.baseUrl ?? null, model: input.model ?? null, last4: lastFour(input.apiKey) });
    },

    async deleteKey(owner: CredentialOwner, provider: KeyProvider): Promise<void> {
      if (!(await deleteCredential(db, owner, provider))) throw new AppError('not_found', `No ${provider} key is stored.`);
    },

    async testKey(owner: CredentialOwner, provider: KeyProvider): Promise<TestKeyResponse> {
      const row = await findCredential(db, owner, provider);
      if (!row) throw new AppError('not_found', `No ${provider} key is stored.`);
      const secret = openCredentialSecret(row, deps.serverSecret);
      const now = () => new Date(deps.now());
      const result = await testCredentials(provider, { apiKey: secret.apiKey, apiSecret: secret.apiSecret, baseUrl: row.baseUrl }, { now });
      await recordCheck(db, row.id, { status: result.ok ? 'ok' : 'failed', message: result.message, at: new Date(deps.now()) });
      return result;
    },
  };
}
export type KeysService = ReturnType<typeof createKeysService>;
