import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { UpdateProfileBody } from '#shared/contracts/account.ts';
import { api } from '#web/app/api-client.ts';
import { authKeys } from '#web/features/auth/hooks/auth-keys.ts';
import { useRefreshSession } from '#web/features/auth/hooks/use-current-user.ts';
import { deleteMyAccount, exportMyData, updateProfile } from '#web/features/account/api/account-api.ts';

/** The saved profile is the signed-in user every page reads. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateProfileBody) => updateProfile(api, changes),
    onSuccess: (updated) => queryClient.setQueryData(authKeys.me, updated),
  });
}

export function useExportMyData() {
  return useMutation({ mutationFn: () => exportMyData(api) });
}

/** After the deletion nobody is signed in: everything cached for the account is dropped, and the home page shown. */
export function useDeleteMyAccount() {
  const refresh = useRefreshSession();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (password: string | undefined) => deleteMyAccount(api, password),
    onSuccess: async () => {
      await refresh();
      await navigate('/', { replace: true });
    },
  });
}
