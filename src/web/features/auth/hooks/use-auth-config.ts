import { useQuery } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import { getAuthConfig } from '#web/features/auth/api/auth-api.ts';
import { authKeys } from './auth-keys.ts';

export function useAuthConfig() {
  return useQuery({ queryKey: authKeys.config, queryFn: () => getAuthConfig(api), staleTime: Infinity });
}
