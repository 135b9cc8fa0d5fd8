import type { Db } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { Mailer } from '#server/platform/mail/index.ts';
import type { PubSub } from '#server/platform/pubsub.ts';
import type { NotificationHub } from './notification-hub.ts';

/**
 * The database and clock; the mailer and public address (mail by preference); the channel between processes and this
 * process's hub of open streams (the tabs connected here).
 */
export type NotificationsDeps = { db: Db; now: () => Date; mailer: Mailer; publicUrl: string; pubsub: PubSub; hub: NotificationHub; log: Logger };
