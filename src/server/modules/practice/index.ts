import type { FastifyPluginAsync } from 'fastify';
import type { AiEngine } from '#server/ai/index.ts';
import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import { createFeedbackJob } from './feedback.job.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { reportRoutes } from './report.routes.ts';
import { sessionsRoutes } from './sessions.routes.ts';

export type { AnswerInput } from './conduct-interview.ts';
export { streamAnswer, submitAnswer } from './interview-moves.ts';
export type { PracticeDeps } from './practice-deps.ts';
export { recoverPracticeWork } from './recover-practice-work.ts';
export { voiceAnswersRoutes } from './voice-answers.routes.ts';

/** Every practice route: sessions, answers, stages, reports, retries and progress. */
export const practiceRoutes: FastifyPluginAsync<{ deps: PracticeDeps }> = async (app, { deps }) => {
  await app.register(sessionsRoutes, { deps });
  await app.register(reportRoutes, { deps });
};

/** The background jobs of practice, bound to their dependencies. */
export function createPracticeJobs(deps: PracticeDeps) {
  return [createFeedbackJob(deps)];
}

/** The practice dependencies the app and the workers build the same way. */
export function createPracticeDeps(deps: { config: Config; database: Database; log: Logger; queue?: Queue; engine: AiEngine; now: () => Date }): PracticeDeps {
  return {
    db: deps.database.db,
    engine: deps.engine,
    settingOverrides: deps.config.settingOverrides,
    log: deps.log,
    now: deps.now,
    ...(deps.queue ? { queue: deps.queue } : {}),
  };
}
