import type { PageNumber } from '#shared/contracts/common.ts';
import type { AdminUserFilter, AuditFilter, OutboxFilter } from '#web/features/admin/api/admin-api.ts';

/** Every administration query lives under ['admin', kind, ...]. */
export const adminKeys = {
  users: ['admin', 'users'] as const,
  userPage: (query: AdminUserFilter) => ['admin', 'users', query] as const,
  outbox: ['admin', 'outbox'] as const,
  outboxPage: (query: OutboxFilter) => ['admin', 'outbox', query] as const,
  overview: ['admin', 'overview'] as const,
  retention: ['admin', 'retention'] as const,
  failedJobs: ['admin', 'failed-jobs'] as const,
  failedJobPage: (page: PageNumber) => ['admin', 'failed-jobs', page] as const,
  settings: ['admin', 'settings'] as const,
  audit: ['admin', 'audit'] as const,
  auditPage: (query: AuditFilter) => ['admin', 'audit', query] as const,
};
