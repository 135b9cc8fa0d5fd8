import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { authClient, unwrapAuth } from '../api/auth-client.ts';
import { useRefreshSession } from './use-current-user.ts';

export function useSignOut() {
  const refresh = useRefreshSession();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => unwrapAuth(authClient.signOut()),
    onSuccess: async () => {
      await refresh();
      await navigate('/sign-in', { replace: true });
    },
  });
}
