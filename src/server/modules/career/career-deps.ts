import type { AiEngine } from '#server/ai/index.ts';
import type { Db } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { Queue } from '#server/platform/queue/queue.ts';

/** What the career assistant needs: only what it uses, built once per process from the runtime. */
export type CareerDeps = {
  db: Db;
  engine: AiEngine;
  log: Logger;
  now: () => Date;
  /** Absent in apps built without a queue: analyses then wait, pending, for the next process with a queue to start. */
  queue?: Queue;
};
