import { useQuery } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import { getAuthConfig } from '../api/get-auth-config.ts';

export function useAuthConfig() {
  return useQuery({ queryKey: ['auth-config'], queryFn: () => getAuthConfig(api), staleTime: Infinity });
}
