import type { Db } from '#server/db/client.ts';

export type SessionsDeps = { db: Db; now: () => Date };
