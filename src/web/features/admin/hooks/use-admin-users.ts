import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminUserFilter } from '#web/features/admin/api/admin-api.ts';
import type { InstallationRole } from '#shared/vocabulary.ts';
import { api } from '#web/app/api-client.ts';
import { changeUserRole, deleteUser, findUsers, lockUser, unlockUser } from '#web/features/admin/api/admin-api.ts';
import { adminKeys } from './admin-keys.ts';

/** One page of the installation's users, newest first, filtered by `search`. */
export function useAdminUsers(query: AdminUserFilter) {
  return useQuery({ queryKey: adminKeys.userPage(query), queryFn: () => findUsers(api, query), placeholderData: keepPreviousData });
}

export type UserAction = { kind: 'lock' | 'unlock' | 'delete' } | { kind: 'role'; role: InstallationRole };

/** Lock, unlock, change the role of or delete another user; every page of users is read again afterwards. */
export function useAdminUserAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, action }: { userId: string; action: UserAction }): Promise<void> => {
      switch (action.kind) {
        case 'lock':
          await lockUser(api, userId);
          return;
        case 'unlock':
          await unlockUser(api, userId);
          return;
        case 'delete':
          await deleteUser(api, userId);
          return;
        case 'role':
          await changeUserRole(api, userId, action.role);
          return;
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
}
