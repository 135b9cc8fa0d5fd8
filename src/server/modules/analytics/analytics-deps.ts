import type { Db } from '#server/db/client.ts';
import type { Queue } from '#server/platform/queue/queue.ts';

/** What analytics needs: the database, the clock, and the queue of this process for its counts (absent without one). */
export type AnalyticsDeps = { db: Db; now: () => Date; queue?: Queue };
