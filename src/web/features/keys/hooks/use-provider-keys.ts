import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PutKeyBody } from '#shared/contracts/keys.ts';
import type { CredentialProvider } from '#shared/vocabulary.ts';
import { api } from '#web/app/api-client.ts';
import { deleteKey, findKeys, putKey, testKey, type KeyOwner } from '#web/features/keys/api/keys-api.ts';
import { keysKeys } from './keys-keys.ts';

export function useProviderKeys(owner: KeyOwner) {
  return useQuery({ queryKey: keysKeys.of(owner), queryFn: () => findKeys(api, owner) });
}

export function useSaveKey(owner: KeyOwner, provider: CredentialProvider) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutKeyBody) => putKey(api, owner, provider, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keysKeys.of(owner) }),
  });
}

export function useDeleteKey(owner: KeyOwner, provider: CredentialProvider) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteKey(api, owner, provider),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keysKeys.of(owner) }),
  });
}

/** The answer is recorded with the key, whether the provider accepted it or not. */
export function useTestKey(owner: KeyOwner, provider: CredentialProvider) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => testKey(api, owner, provider),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keysKeys.of(owner) }),
  });
}
