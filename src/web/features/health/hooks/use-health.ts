import { useQuery } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import { getHealth } from '#web/features/health/api/health-api.ts';
import { healthKeys } from './health-keys.ts';

export function useHealth() {
  return useQuery({
    queryKey: healthKeys.health,
    queryFn: ({ signal }) => getHealth(api, signal),
    staleTime: 60_000,
    retry: 1,
  });
}
