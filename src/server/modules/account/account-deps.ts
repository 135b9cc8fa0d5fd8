import type { Db } from '#server/db/client.ts';
import type { Auth } from '#server/platform/auth/index.ts';

/** The database, better-auth (to verify a password before deletion) and the clock. */
export type AccountDeps = { db: Db; auth: Auth; now: () => Date };
