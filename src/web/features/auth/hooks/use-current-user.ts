import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '#web/app/api-client.ts';
import { getMe } from '#web/features/auth/api/auth-api.ts';
import { authKeys } from './auth-keys.ts';

/** Who is signed in (null: nobody). Every page that depends on the account reads it from here. */
export function useCurrentUser() {
  return useQuery({ queryKey: authKeys.me, queryFn: ({ signal }) => getMe(api, signal), staleTime: 30_000 });
}

/** After sign-in, sign-out or a profile change: forget everything cached for the previous state. */
export function useRefreshSession() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'health' && query.queryKey[0] !== 'me' });
    await queryClient.invalidateQueries({ queryKey: authKeys.me });
    await queryClient.refetchQueries({ queryKey: authKeys.me });
  }, [queryClient]);
}

/** Reads the signed-in user again (after an email verification, say), keeping everything else cached. */
export function useReloadCurrentUser() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: authKeys.me }), [queryClient]);
}
