import { useQuery } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import { getHealth } from '../api/get-health.ts';

export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => getHealth(api, signal),
    staleTime: 60_000,
    retry: 1,
  });
}
