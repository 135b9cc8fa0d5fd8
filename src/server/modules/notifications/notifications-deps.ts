import type { Db } from '#server/db/client.ts';

export type NotificationsDeps = { db: Db; now: () => Date };
