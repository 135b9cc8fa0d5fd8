import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditFilter } from '#web/features/admin/api/admin-api.ts';
import { api } from '#web/app/api-client.ts';
import { findAuditEvents } from '#web/features/admin/api/admin-api.ts';
import { adminKeys } from './admin-keys.ts';

/** One page of the audit log, newest first, filtered by action, actor and time. */
export function useAuditEvents(query: AuditFilter) {
  return useQuery({ queryKey: adminKeys.auditPage(query), queryFn: () => findAuditEvents(api, query), placeholderData: keepPreviousData });
}
