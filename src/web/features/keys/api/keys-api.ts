import { keyListResponse, testKeyResponse, type KeyItem, type KeyProvider, type PutKeyRequest, type TestKeyResponse } from '#shared/contracts/keys.ts';
import type { ApiClient } from '#web/app/api-client.ts';

/** Whose keys: the signed-in user's own, or a workspace's (owners only). */
export type KeyOwner = { kind: 'me' } | { kind: 'workspace'; workspaceId: string };

export function keysPath(owner: KeyOwner): string {
  return owner.kind === 'me' ? '/api/me/keys' : `/api/workspaces/${encodeURIComponent(owner.workspaceId)}/keys`;
}

export function keysQueryKey(owner: KeyOwner): readonly string[] {
  return owner.kind === 'me' ? ['me', 'keys'] : ['workspaces', owner.workspaceId, 'keys'];
}

const keyPath = (owner: KeyOwner, provider: KeyProvider) => `${keysPath(owner)}/${encodeURIComponent(provider)}`;

export function findKeys(client: ApiClient, owner: KeyOwner): Promise<KeyItem[]> {
  return client.get(keysPath(owner), { schema: keyListResponse });
}

export function putKey(client: ApiClient, owner: KeyOwner, provider: KeyProvider, body: PutKeyRequest): Promise<void> {
  return client.put(keyPath(owner, provider), body);
}

export function deleteKey(client: ApiClient, owner: KeyOwner, provider: KeyProvider): Promise<void> {
  return client.delete(keyPath(owner, provider));
}

export function testKey(client: ApiClient, owner: KeyOwner, provider: KeyProvider): Promise<TestKeyResponse> {
  return client.post(`${keyPath(owner, provider)}/test`, undefined, { schema: testKeyResponse });
}
