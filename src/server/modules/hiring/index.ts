import type { FastifyPluginAsync } from 'fastify';
import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import type { FileStorage } from '#server/platform/storage/index.ts';
import { createEmbedder, type AiEngine } from '#server/ai/index.ts';
import { createUsageRecorder } from '#server/modules/ai-usage/index.ts';
import { createHiringAi } from './create-hiring-ai.ts';
import { batchesRoutes } from './batches/batches.routes.ts';
import { createProcessCvJob } from './batches/process-cv.ts';
import { candidatesRoutes } from './candidates/candidates.routes.ts';
import { exportRoutes } from './export/export.routes.ts';
import type { HiringDeps } from './hiring-deps.ts';
import { jobsRoutes } from './jobs/jobs.routes.ts';
import { createRescoreJob } from './jobs/rescore-candidates.job.ts';
import { notesRoutes } from './notes/notes.routes.ts';
import { peopleRoutes } from './people/people.routes.ts';
import { stagesRoutes } from './stages/stages.routes.ts';
import { createEmbedMissingJob } from './search/embed-missing.ts';
import { searchRoutes } from './search/search.routes.ts';

export { createHiringAi };
export type { HiringAi } from './hiring-ai.ts';
export type { HiringDeps } from './hiring-deps.ts';
export { processBatchFile } from './batches/process-cv.ts';
export { recoverHiringWork } from './recover-hiring-work.ts';

/** Every hiring route: jobs, CV batches, candidates, exports, search, and the team's stages, notes and persons. */
export const hiringRoutes: FastifyPluginAsync<{ deps: HiringDeps }> = async (app, { deps }) => {
  await app.register(jobsRoutes, { deps });
  await app.register(batchesRoutes, { deps });
  await app.register(candidatesRoutes, { deps });
  await app.register(exportRoutes, { deps });
  await app.register(searchRoutes, { deps });
  await app.register(stagesRoutes, { deps });
  await app.register(notesRoutes, { deps });
  await app.register(peopleRoutes, { deps });
};

/** The background jobs of hiring, bound to their dependencies. */
export function createHiringJobs(deps: HiringDeps) {
  return [createProcessCvJob(deps), createRescoreJob(deps), createEmbedMissingJob(deps)];
}

/** The hiring dependencies the app and the workers build the same way. */
export function createHiringDeps(deps: { config: Config; database: Database; log: Logger; now: () => Date; queue?: Queue; engine: AiEngine; storage: FileStorage }): HiringDeps {
  const usage = { recordUsage: createUsageRecorder({ db: deps.database.db }), now: deps.now };
  return {
    db: deps.database.db,
    now: deps.now,
    storage: deps.storage,
    ai: createHiringAi(deps.engine),
    settingOverrides: deps.config.settingOverrides,
    log: deps.log,
    ...(deps.queue ? { queue: deps.queue } : {}),
    ...(deps.config.embeddings ? { embedder: createEmbedder({ ...deps.config.embeddings, timeoutMs: deps.config.llm.timeoutMs }, usage) } : {}),
  };
}
