import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PageNumber } from '#shared/contracts/common.ts';
import { api } from '#web/app/api-client.ts';
import { findMySecurityEvents } from '#web/features/security/api/security-events-api.ts';
import { securityKeys } from './security-keys.ts';

/** One page of the security events of the caller's account, newest first. */
export function useSecurityEvents(page: PageNumber) {
  return useQuery({ queryKey: securityKeys.eventPage(page), queryFn: () => findMySecurityEvents(api, page), placeholderData: keepPreviousData });
}
