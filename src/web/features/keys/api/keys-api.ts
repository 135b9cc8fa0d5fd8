import { keyCheckSchema, providerKeyListSchema, type KeyCheck, type ProviderKey, type PutKeyBody } from '#shared/contracts/keys.ts';
import type { CredentialProvider } from '#shared/vocabulary.ts';
import type { ApiClient } from '#web/app/api-client.ts';

/** Whose keys: the signed-in user's own, or a workspace's (owners only). */
export type KeyOwner = { kind: 'me' } | { kind: 'workspace'; workspaceId: string };

function keysPath(owner: KeyOwner): string {
  return owner.kind === 'me' ? '/api/me/keys' : `/api/workspaces/${encodeURIComponent(owner.workspaceId)}/keys`;
}

const keyPath = (owner: KeyOwner, provider: CredentialProvider) => `${keysPath(owner)}/${encodeURIComponent(provider)}`;

/** At most one key per provider: a plain list, not a page. */
export function findKeys(client: ApiClient, owner: KeyOwner): Promise<ProviderKey[]> {
  return client.get(keysPath(owner), { schema: providerKeyListSchema });
}

export function putKey(client: ApiClient, owner: KeyOwner, provider: CredentialProvider, body: PutKeyBody): Promise<void> {
  return client.put(keyPath(owner, provider), body);
}

export function deleteKey(client: ApiClient, owner: KeyOwner, provider: CredentialProvider): Promise<void> {
  return client.delete(keyPath(owner, provider));
}

export function testKey(client: ApiClient, owner: KeyOwner, provider: CredentialProvider): Promise<KeyCheck> {
  return client.post(`${keyPath(owner, provider)}/test`, undefined, { schema: keyCheckSchema });
}
