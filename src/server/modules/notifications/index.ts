import type { Database } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { Mailer } from '#server/platform/mail/index.ts';
import type { PubSub } from '#server/platform/pubsub.ts';
import { createNotificationHub } from './notification-hub.ts';
import type { NotificationsDeps } from './notifications-deps.ts';

export type { NotificationsDeps } from './notifications-deps.ts';
export { notificationsRoutes } from './notifications.routes.ts';
export { notify, type NotifyInput } from './notify.ts';

export function createNotificationsDeps(runtime: {
  config: { publicUrl: string };
  database: Database;
  now: () => Date;
  mailer: Mailer;
  pubsub: PubSub;
  log: Logger;
}): NotificationsDeps {
  return {
    db: runtime.database.db,
    now: runtime.now,
    mailer: runtime.mailer,
    publicUrl: runtime.config.publicUrl,
    pubsub: runtime.pubsub,
    hub: createNotificationHub(),
    log: runtime.log,
  };
}
