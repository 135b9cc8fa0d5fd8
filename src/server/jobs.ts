import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { createServerEngine } from './engine.ts';
import { createHiringDeps, createHiringJobs } from './modules/hiring/index.ts';
import type { Logger } from './platform/logger.ts';
import type { JobDefinition } from './platform/queue/job-definition.ts';
import type { Queue } from './platform/queue/queue.ts';

export type JobDeps = { config: Config; database: Database; log: Logger; queue: Queue };

/**
 * Every background job of every module, bound to the dependencies its handler needs. Each process registers them;
 * worker processes also run them.
 */
export function createAllJobs(deps: JobDeps): readonly JobDefinition[] {
  const engine = createServerEngine(deps);
  return [...createHiringJobs(createHiringDeps({ ...deps, engine }))];
}
