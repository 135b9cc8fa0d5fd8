import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { signOut } from '#web/features/auth/api/auth-api.ts';
import { loadAuthClient } from '#web/features/auth/api/auth-client.ts';
import { useRefreshSession } from './use-current-user.ts';

export function useSignOut() {
  const refresh = useRefreshSession();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => signOut(await loadAuthClient()),
    onSuccess: async () => {
      await refresh();
      await navigate('/sign-in', { replace: true });
    },
  });
}
