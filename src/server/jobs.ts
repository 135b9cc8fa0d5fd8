import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { createServerEngine } from './engine.ts';
import { createHiringDeps, createHiringJobs, recoverHiringWork } from './modules/hiring/index.ts';
import { createPracticeDeps, createPracticeJobs, recoverPracticeWork } from './modules/practice/index.ts';
import type { Logger } from './platform/logger.ts';
import type { JobDefinition } from './platform/queue/job-definition.ts';
import type { Queue } from './platform/queue/queue.ts';
import { createStorage } from './platform/storage/index.ts';

export type JobDeps = { config: Config; database: Database; log: Logger; queue: Queue };

/**
 * Every background job of every module, bound to the dependencies its handler needs. Each process registers them;
 * worker processes also run them.
 */
export function createAllJobs(deps: JobDeps): readonly JobDefinition[] {
  const engine = createServerEngine(deps);
  const storage = createStorage(deps.config.storage);
  return [...createHiringJobs(createHiringDeps({ ...deps, engine, storage })), ...createPracticeJobs(createPracticeDeps({ ...deps, engine }))];
}

/**
 * What each process does once at start-up, after registering the jobs and before working them: modules queue again
 * the work that stopped processes left unfinished. A failure is logged and never stops the start.
 */
export async function recoverBackgroundWork(deps: JobDeps): Promise<void> {
  const engine = createServerEngine(deps);
  try {
    await recoverHiringWork(createHiringDeps({ ...deps, engine, storage: createStorage(deps.config.storage) }));
  } catch (error) {
    deps.log.error({ err: error }, 'could not queue again the unfinished hiring work');
  }
  try {
    await recoverPracticeWork(createPracticeDeps({ ...deps, engine }));
  } catch (error) {
    deps.log.error({ err: error }, 'could not queue again the unfinished practice reports');
  }
}
