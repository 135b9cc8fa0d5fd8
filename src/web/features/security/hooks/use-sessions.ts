import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageNumber } from '#shared/contracts/common.ts';
import { api } from '#web/app/api-client.ts';
import { findMySessions, revokeOtherSessions, revokeSession } from '#web/features/security/api/sessions-api.ts';
import { securityKeys } from './security-keys.ts';

/** One page of the caller's active sessions, newest first. */
export function useSessions(page: PageNumber) {
  return useQuery({ queryKey: securityKeys.sessionPage(page), queryFn: () => findMySessions(api, page), placeholderData: keepPreviousData });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => revokeSession(api, sessionId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: securityKeys.sessions }),
  });
}

export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revokeOtherSessions(api),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: securityKeys.sessions }),
  });
}
