import type { Db } from '#server/db/client.ts';

/** What the keys services need: the database, the server secret that seals the keys, and the clock. */
export type KeysDeps = { db: Db; serverSecret: string; now: () => Date };
