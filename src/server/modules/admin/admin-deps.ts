import type { Db } from '#server/db/client.ts';

export type AdminDeps = { db: Db; now: () => Date };
