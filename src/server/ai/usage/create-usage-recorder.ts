import type { Db } from '#server/db/client.ts';
import { insertUsage } from './usage.repo.ts';
import type { RecordUsage } from './usage-event.ts';

/** What the app passes to the engine as `recordUsage`. */
export function createUsageRecorder({ db }: { db: Db }): RecordUsage {
  return (event) => insertUsage(db, event);
}

/** For the CLI and anything else without a database. */
export const skipUsage: RecordUsage = () => Promise.resolve();
