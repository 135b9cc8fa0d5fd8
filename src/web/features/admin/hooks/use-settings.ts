import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import { changeSetting, findSettings } from '#web/features/admin/api/admin-api.ts';
import { adminKeys } from './admin-keys.ts';

/** Every installation setting with its value, default and where the value comes from. */
export function useSettings() {
  return useQuery({ queryKey: adminKeys.settings, queryFn: () => findSettings(api) });
}

/** Stores one setting's value; the list (and the audit log, which records it) is read again afterwards. */
export function useChangeSetting(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (value: unknown) => changeSetting(api, key, value),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: adminKeys.settings });
      await queryClient.invalidateQueries({ queryKey: adminKeys.audit });
    },
  });
}
