import type { Db } from '#server/db/client.ts';
import type { NotificationType } from '#shared/vocabulary.ts';
import { announceNotification, insertNotificationOnce } from './notifications.repo.ts';

export type NotifyInput = {
  type: NotificationType;
  /**
   * The event this is about, unique per user (`batch:<id>:finished`, `interview:<id>:reminder:24h`): a second call for the
   * same event notifies nobody again, so a job that runs twice is harmless.
   */
  eventKey: string;
  title: string;
  message: string;
  /** A path in the web app that shows what the notification is about. */
  link?: string;
  metadata?: Record<string, unknown>;
};

/**
 * The one way a capability tells a user something happened: stored for the bell in the web app, announced to every API
 * process (which pushes it to the user's open tabs and mails it when the user's preferences say so). Pass the caller's
 * transaction as `db` to notify only if the change it reports commits: the announcement goes out with the commit.
 * Returns whether a notification was created.
 */
export async function notify(db: Db, userId: string, input: NotifyInput): Promise<boolean> {
  const row = await insertNotificationOnce(db, { userId, ...input, link: input.link ?? null });
  if (!row) return false;
  await announceNotification(db, { id: row.id, userId });
  return true;
}
