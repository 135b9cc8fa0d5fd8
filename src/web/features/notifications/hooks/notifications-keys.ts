import type { NotificationFilter } from '#web/features/notifications/api/notifications-api.ts';

export const notificationsKeys = {
  all: ['notifications'] as const,
  page: (filter: NotificationFilter) => ['notifications', 'page', filter] as const,
};
