import { keyListResponse, testKeyResponse, type KeyItem, type KeyProvider, type PutKeyRequest, type TestKeyResponse } from '#shared/contracts/keys.ts';
import type { ApiClient } from '#web/app/api-client.ts';

const keyPath = (provider: KeyProvider) => `/api/me/keys/${encodeURIComponent(provider)}`;

export function findMyKeys(client: ApiClient): Promise<KeyItem[]> {
  return client.get('/api/me/keys', { schema: keyListResponse });
}

export function putMyKey(client: ApiClient, provider: KeyProvider, body: PutKeyRequest): Promise<void> {
  return client.put(keyPath(provider), body);
}

export function deleteMyKey(client: ApiClient, provider: KeyProvider): Promise<void> {
  return client.delete(keyPath(provider));
}

export function testMyKey(client: ApiClient, provider: KeyProvider): Promise<TestKeyResponse> {
  return client.post(`${keyPath(provider)}/test`, undefined, { schema: testKeyResponse });
}
