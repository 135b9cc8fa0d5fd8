import { z } from 'zod';
import { renderNotificationMail } from '#server/platform/mail/index.ts';
import type { Unlisten } from '#server/platform/pubsub.ts';
import type { NotificationsDeps } from './notifications-deps.ts';
import { claimNotificationMail, findNotification, notificationChannel, type NotificationAnnouncement } from './notifications.repo.ts';
import { toNotification } from './notifications.service.ts';

const announcementSchema = z.object({ id: z.uuid(), userId: z.uuid() });

/**
 * Hears every new notification announced on the database (from this process or any other) and delivers it: to the
 * user's tabs connected to this process, and by mail when the user's preferences say so (one process mails it: the
 * first to claim it). Returns the way to stop listening.
 */
export async function startNotificationDelivery(deps: NotificationsDeps): Promise<Unlisten> {
  return deps.pubsub.listen(notificationChannel, (payload) => {
    const parsed = announcementSchema.safeParse(safeJson(payload));
    if (!parsed.success) {
      deps.log.warn({ payload }, 'ignored a malformed notification announcement');
      return;
    }
    void deliver(deps, parsed.data).catch((error: unknown) => deps.log.error({ err: error, notificationId: parsed.data.id }, 'notification delivery failed'));
  });
}

async function deliver(deps: NotificationsDeps, announcement: NotificationAnnouncement): Promise<void> {
  await Promise.all([pushToTabs(deps, announcement), mailIfWanted(deps, announcement)]);
}

async function pushToTabs(deps: NotificationsDeps, announcement: NotificationAnnouncement): Promise<void> {
  if (!deps.hub.listening(announcement.userId)) return;
  const row = await findNotification(deps.db, announcement);
  if (row) deps.hub.publish(announcement.userId, toNotification(row));
}

async function mailIfWanted(deps: NotificationsDeps, announcement: NotificationAnnouncement): Promise<void> {
  const claimed = await claimNotificationMail(deps.db, { id: announcement.id, at: deps.now() });
  if (!claimed || !claimed.mailOn || claimed.mutedTypes.includes(claimed.type)) return;
  const mail = renderNotificationMail({ title: claimed.title, message: claimed.message, url: `${deps.publicUrl}${claimed.link ?? '/'}` });
  await deps.mailer.sendMail({ to: claimed.email, subject: mail.subject, text: mail.text, html: mail.html, kind: 'notification', userId: claimed.userId });
}

function safeJson(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return undefined;
  }
}
