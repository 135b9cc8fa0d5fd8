import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AiEngine } from '#server/ai/index.ts';
import type { Database } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { Mailer } from '#server/platform/mail/index.ts';
import type { OutboundGuard } from '#server/platform/outbound/index.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import { createFollowUpJob, recoverFollowUps } from './follow-up.job.ts';
import { applicationsRoutes } from './applications.routes.ts';
import type { CareerDeps } from './career-deps.ts';
import { conversationsRoutes } from './conversations.routes.ts';
import { experiencesRoutes } from './experiences.routes.ts';
import { importRoutes } from './import.routes.ts';
import { jobsRoutes } from './jobs.routes.ts';
import { libraryRoutes } from './library.routes.ts';
import { skillAnalysesRoutes } from './skill-analyses.routes.ts';
import { createSkillGapsJob } from './skill-gaps.job.ts';
import { recoverSkillAnalyses } from './recover-career-work.ts';

export type { CareerDeps } from './career-deps.ts';
export { sendFollowUp } from './follow-up.job.ts';
export { countApplicationsByStatus } from './career-home.repo.ts';

/** Every route of the career assistant. */
export const careerRoutes: FastifyPluginAsyncZod<{ deps: CareerDeps }> = async (app, { deps }) => {
  await app.register(libraryRoutes, { deps });
  await app.register(experiencesRoutes, { deps });
  await app.register(importRoutes, { deps });
  await app.register(jobsRoutes, { deps });
  await app.register(applicationsRoutes, { deps });
  await app.register(conversationsRoutes, { deps });
  await app.register(skillAnalysesRoutes, { deps });
};

export function createCareerDeps(runtime: {
  config: { publicUrl: string };
  database: Database;
  engine: AiEngine;
  log: Logger;
  now: () => Date;
  outbound: OutboundGuard;
  mailer: Mailer;
  queue?: Queue;
}): CareerDeps {
  return {
    db: runtime.database.db,
    engine: runtime.engine,
    log: runtime.log,
    now: runtime.now,
    outbound: runtime.outbound,
    mailer: runtime.mailer,
    publicUrl: runtime.config.publicUrl,
    ...(runtime.queue ? { queue: runtime.queue } : {}),
  };
}

export function createCareerJobs(deps: CareerDeps) {
  return [createFollowUpJob(deps), createSkillGapsJob(deps)];
}

export async function recoverCareerWork(deps: CareerDeps): Promise<void> {
  await recoverFollowUps(deps);
  await recoverSkillAnalyses(deps);
}
