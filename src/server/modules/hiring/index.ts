import type { FastifyPluginAsync } from 'fastify';
import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import { createLocalStorage } from '#server/platform/storage/index.ts';
import type { AiEngine } from '#server/ai/index.ts';
import { createHiringAi } from './create-hiring-ai.ts';
import { batchesRoutes } from './batches/batches.routes.ts';
import { createProcessCvJob } from './batches/process-cv.ts';
import { candidatesRoutes } from './candidates/candidates.routes.ts';
import { exportRoutes } from './export/export.routes.ts';
import type { HiringDeps } from './hiring-deps.ts';
import { jobsRoutes } from './jobs/jobs.routes.ts';

export { createHiringAi };
export type { HiringAi } from './hiring-ai.ts';
export type { HiringDeps } from './hiring-deps.ts';
export { processBatchFile } from './batches/process-cv.ts';

/** Every hiring route: jobs, CV batches, candidates, exports. */
export const hiringRoutes: FastifyPluginAsync<{ deps: HiringDeps }> = async (app, { deps }) => {
  await app.register(jobsRoutes, { deps });
  await app.register(batchesRoutes, { deps });
  await app.register(candidatesRoutes, { deps });
  await app.register(exportRoutes, { deps });
};

/** The background jobs of hiring, bound to their dependencies. */
export function createHiringJobs(deps: HiringDeps) {
  return [createProcessCvJob(deps)];
}

/** The hiring dependencies the app and the workers build the same way. */
export function createHiringDeps(deps: { config: Config; database: Database; log: Logger; queue?: Queue; engine: AiEngine }): HiringDeps {
  return {
    db: deps.database.db,
    storage: createLocalStorage(deps.config.storage.dir),
    ai: createHiringAi(deps.engine),
    config: deps.config,
    log: deps.log,
    ...(deps.queue ? { queue: deps.queue } : {}),
  };
}
