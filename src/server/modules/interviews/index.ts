import type { FastifyPluginAsync } from 'fastify';
import type { AiEngine } from '#server/ai/index.ts';
import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import { createKeyStore } from '#server/modules/keys/index.ts';
import type { OutboundGuard } from '#server/platform/outbound/index.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { Mailer } from '#server/platform/mail/index.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import type { SpeechDeps } from '#server/modules/speech/index.ts';
import type { InterviewsDeps } from './interviews-deps.ts';
import { callWebhookRoutes } from './room/call-webhook.routes.ts';
import { createReviewJob, recoverReviews } from './room/end-room.ts';
import { roomHostRoutes } from './room/room-host.routes.ts';
import { roomRoutes } from './room/room.routes.ts';
import { roomSpeechRoutes } from './room/room-speech.routes.ts';
import { candidateRoutes } from './scheduling/candidate.routes.ts';
import { scorecardsRoutes } from './scorecards/scorecards.routes.ts';
import { interviewsRoutes as schedulingRoutes } from './scheduling/interviews.routes.ts';
import { createReminderJob, recoverReminders } from './scheduling/reminders.ts';

export type { InterviewsDeps } from './interviews-deps.ts';
export { sendDueReminders, sendReminder } from './scheduling/reminders.ts';

/** Scheduling (invitations, reminders), the live interview room and the scorecards. */
export const interviewsRoutes: FastifyPluginAsync<{ deps: InterviewsDeps }> = async (app, { deps }) => {
  await app.register(schedulingRoutes, { deps });
  await app.register(roomRoutes, { deps });
  await app.register(candidateRoutes, { deps });
  await app.register(roomHostRoutes, { deps });
  await app.register(roomSpeechRoutes, { deps });
  await app.register(callWebhookRoutes, { deps });
  await app.register(scorecardsRoutes, { deps });
};

export function createInterviewsJobs(deps: InterviewsDeps) {
  return [createReminderJob(deps), createReviewJob(deps)];
}

export async function recoverInterviewsWork(deps: InterviewsDeps): Promise<void> {
  await recoverReminders(deps);
  await recoverReviews(deps);
}

export function createInterviewsDeps(runtime: {
  config: Pick<Config, 'publicUrl' | 'trustedOrigins' | 'settingOverrides' | 'liveKit' | 'serverSecret'>;
  database: Database;
  log: Logger;
  mailer: Mailer;
  engine: AiEngine;
  speech: SpeechDeps;
  now: () => Date;
  outbound: Pick<OutboundGuard, 'fetch'>;
  queue?: Queue;
}): InterviewsDeps {
  const { serverSecret } = runtime.config;
  if (!serverSecret) throw new Error('The server secret must be resolved before the interview room reads stored LiveKit keys.');
  const keyStore = createKeyStore({ db: runtime.database.db, serverSecret });
  return {
    db: runtime.database.db,
    now: runtime.now,
    log: runtime.log,
    mailer: runtime.mailer,
    engine: runtime.engine,
    speech: runtime.speech,
    publicUrl: runtime.config.publicUrl,
    trustedOrigins: runtime.config.trustedOrigins,
    settingOverrides: runtime.config.settingOverrides,
    liveKit: {
      server: runtime.config.liveKit,
      workspaceKey: (workspaceId) => keyStore.resolveProviderCredentials({ workspaceId, provider: 'livekit' }),
      guardedFetch: runtime.outbound.fetch,
    },
    ...(runtime.queue ? { queue: runtime.queue } : {}),
  };
}
