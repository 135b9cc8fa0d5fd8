import type { Database } from '#server/db/client.ts';

/** The database to check (its kind and location too), the clock and when the process started. */
export type HealthDeps = { database: Database; now: () => Date; startedAt: Date };
