import type { RecordUsage } from '#server/ai/index.ts';
import type { Db } from '#server/db/client.ts';
import { insertUsage } from './ai-usage.repo.ts';

/** What a server or worker process passes to the engine as `recordUsage`: every call booked in ai_usage and summed per day. */
export function createUsageRecorder({ db }: { db: Db }): RecordUsage {
  return (events) => insertUsage(db, events);
}
