import type { ListAdminUsersQuery, ListOutboxQuery } from '#shared/contracts/admin.ts';

/** Every administration query lives under ['admin', kind, ...]. */
export const adminKeys = {
  users: ['admin', 'users'] as const,
  userPage: (query: ListAdminUsersQuery) => ['admin', 'users', query] as const,
  outbox: ['admin', 'outbox'] as const,
  outboxPage: (query: ListOutboxQuery) => ['admin', 'outbox', query] as const,
};
