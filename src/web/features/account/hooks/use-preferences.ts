import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Preferences } from '#shared/contracts/account.ts';
import { api } from '#web/app/api-client.ts';
import { getPreferences, putPreferences } from '#web/features/account/api/account-api.ts';
import { accountKeys } from './account-keys.ts';

export function usePreferences(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: accountKeys.preferences, queryFn: () => getPreferences(api), enabled: options.enabled ?? true });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: Preferences) => putPreferences(api, preferences),
    onSuccess: (saved) => queryClient.setQueryData(accountKeys.preferences, saved),
  });
}
