import { pageParams, type PageNumber } from '#shared/contracts/common.ts';
import { notificationPageSchema, type NotificationPage } from '#shared/contracts/notifications.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export type NotificationFilter = PageNumber & { unreadOnly: boolean };

export function findNotifications(client: ApiClient, filter: NotificationFilter): Promise<NotificationPage> {
  const query = pageParams(filter);
  if (filter.unreadOnly) query.set('unread', 'true');
  return client.get(`/api/notifications?${query.toString()}`, { schema: notificationPageSchema });
}

export function markNotificationRead(client: ApiClient, notificationId: string): Promise<void> {
  return client.post(`/api/notifications/${encodeURIComponent(notificationId)}/read`);
}

export function markAllNotificationsRead(client: ApiClient): Promise<void> {
  return client.post('/api/notifications/read-all');
}
