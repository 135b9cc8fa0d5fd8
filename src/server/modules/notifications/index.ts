import type { Database } from '#server/db/client.ts';
import type { NotificationsDeps } from './notifications-deps.ts';

export type { NotificationsDeps } from './notifications-deps.ts';
export { notificationsRoutes } from './notifications.routes.ts';
export { notify, type NotifyInput } from './notify.ts';

export function createNotificationsDeps(runtime: { database: Database; now: () => Date }): NotificationsDeps {
  return { db: runtime.database.db, now: runtime.now };
}
