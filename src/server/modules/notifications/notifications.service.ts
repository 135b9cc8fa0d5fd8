import type { Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { ListNotificationsQuery, Notification, NotificationPage } from '#shared/contracts/notifications.ts';
import type { NotificationListener } from './notification-hub.ts';
import type { NotificationsDeps } from './notifications-deps.ts';
import { findNotificationPage, markAllNotificationsRead, markNotificationRead, type NotificationRow } from './notifications.repo.ts';

/** A user's notifications are found by (id, userId): another user's are simply not found. */

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    message: row.message,
    link: row.link,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listNotifications(deps: NotificationsDeps, caller: Caller, query: ListNotificationsQuery): Promise<NotificationPage> {
  const { rows, total, unread } = await findNotificationPage(deps.db, {
    userId: caller.userId,
    unreadOnly: query.unread === 'true',
    limit: query.limit,
    offset: query.offset,
  });
  return { items: rows.map(toNotification), total, unread, limit: query.limit, offset: query.offset };
}

export async function readNotification(deps: NotificationsDeps, caller: Caller, notificationId: string): Promise<void> {
  if (!(await markNotificationRead(deps.db, { id: notificationId, userId: caller.userId, at: deps.now() }))) {
    throw new AppError('not_found', 'Notification not found.');
  }
}

export async function readAllNotifications(deps: NotificationsDeps, caller: Caller): Promise<void> {
  await markAllNotificationsRead(deps.db, { userId: caller.userId, at: deps.now() });
}

/** Follows the caller's new notifications as they are created, in any process; returns the way to stop. */
export function followNotifications(deps: NotificationsDeps, caller: Caller, listener: NotificationListener): () => void {
  return deps.hub.subscribe(caller.userId, listener);
}
