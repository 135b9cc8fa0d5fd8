import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { notifications, userPreferences, users } from '#server/db/schema/index.ts';
import type { NotificationType } from '#shared/vocabulary.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = {
  userId: string;
  type: NotificationType;
  eventKey: string;
  title: string;
  message: string;
  link?: string | null;
  metadata?: Record<string, unknown>;
};

/** Stores a notification unless the user already has one for this event; returns the new row, or undefined. */
export async function insertNotificationOnce(db: Db, notification: NewNotification): Promise<NotificationRow | undefined> {
  const [row] = await db
    .insert(notifications)
    .values(notification)
    .onConflictDoNothing({ target: [notifications.userId, notifications.eventKey] })
    .returning();
  return row;
}

/** One page of the user's notifications, newest first, with the count of the ones the filter keeps and of the unread. */
export async function findNotificationPage(
  db: Db,
  query: { userId: string; unreadOnly: boolean; limit: number; offset: number },
): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
  const mine = eq(notifications.userId, query.userId);
  const unread = and(mine, isNull(notifications.readAt));
  const where = query.unreadOnly ? unread : mine;
  const rows = await db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.limit)
    .offset(query.offset);
  const [[total], [unreadCount]] = await Promise.all([
    db.select({ value: count() }).from(notifications).where(where),
    db.select({ value: count() }).from(notifications).where(unread),
  ]);
  return { rows, total: total?.value ?? 0, unread: unreadCount?.value ?? 0 };
}

/** Marks one of the user's notifications read (a second time changes nothing); false when it is not theirs. */
export async function markNotificationRead(db: Db, query: { id: string; userId: string; at: Date }): Promise<boolean> {
  const [found] = await db
    .select({ readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, query.id), eq(notifications.userId, query.userId)));
  if (!found) return false;
  if (!found.readAt) {
    await db
      .update(notifications)
      .set({ isRead: true, readAt: query.at })
      .where(and(eq(notifications.id, query.id), isNull(notifications.readAt)));
  }
  return true;
}

export async function markAllNotificationsRead(db: Db, query: { userId: string; at: Date }): Promise<void> {
  await db
    .update(notifications)
    .set({ isRead: true, readAt: query.at })
    .where(and(eq(notifications.userId, query.userId), isNull(notifications.readAt)));
}

/** The channel on which a new notification is announced to every API process (decision 028). */
export const notificationChannel = 'parley_notifications';

export type NotificationAnnouncement = { id: string; userId: string };

/** Announces a stored notification; inside a transaction it goes out when (and only if) that commits. */
export async function announceNotification(db: Db, announcement: NotificationAnnouncement): Promise<void> {
  await db.execute(sql`select pg_notify(${notificationChannel}, ${JSON.stringify(announcement)})`);
}

/** One of the user's notifications. */
export async function findNotification(db: Db, query: NotificationAnnouncement): Promise<NotificationRow | undefined> {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, query.id), eq(notifications.userId, query.userId)));
  return row;
}

/**
 * Takes the decision whether to mail a notification, once: the first process to ask gets the notification with its
 * user's address and mail preferences; every later one (another process hearing the same announcement) gets nothing.
 */
export async function claimNotificationMail(db: Db, query: { id: string; at: Date }) {
  const [claimed] = await db
    .update(notifications)
    .set({ mailDecidedAt: query.at })
    .where(and(eq(notifications.id, query.id), isNull(notifications.mailDecidedAt)))
    .returning({ id: notifications.id, userId: notifications.userId, type: notifications.type, title: notifications.title, message: notifications.message, link: notifications.link });
  if (!claimed) return undefined;
  const [user] = await db
    .select({ email: users.email, mailOn: userPreferences.notificationsEmail, mutedTypes: userPreferences.emailMutedTypes })
    .from(users)
    .leftJoin(userPreferences, eq(userPreferences.userId, users.id))
    .where(eq(users.id, claimed.userId));
  if (!user) return undefined;
  return { ...claimed, email: user.email, mailOn: user.mailOn ?? true, mutedTypes: user.mutedTypes ?? [] };
}
