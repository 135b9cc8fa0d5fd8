import { z } from 'zod';
import type { Db } from '#server/db/client.ts';
import { defineJob } from '#server/platform/queue/job-definition.ts';
import { markFeedbackFailed } from './feedback.repo.ts';
import { generateFeedback } from './generate-feedback.ts';
import type { PracticeDeps } from './practice-deps.ts';

export const feedbackPayloadSchema = z.object({ sessionId: z.uuid() });

const retryLimit = 3;

/**
 * Writes a finished session's report. Retried with back-off (2 s, 4 s, 8 s) when anything fails, including a configured
 * LLM falling back to the offline engine; the last attempt accepts the offline report, and only an error there marks
 * the report failed (the candidate can then retry it).
 */
export function createFeedbackJob(deps: PracticeDeps) {
  return defineJob({
    name: 'practice.feedback',
    schema: feedbackPayloadSchema,
    retryLimit,
    retryDelaySeconds: 2,
    expireInSeconds: 600,
    handler: async ({ sessionId }, { attempt, log }) => {
      const lastAttempt = attempt > retryLimit;
      try {
        await generateFeedback(deps, sessionId, { preferLlm: !lastAttempt });
      } catch (error) {
        if (!lastAttempt) {
          log.warn({ err: error, sessionId, attempt }, 'practice report failed; it will be retried');
          throw error;
        }
        log.error({ err: error, sessionId, attempt }, 'practice report failed for good');
        await markFeedbackFailed(deps.db, sessionId, 'The report could not be generated. Try again in a moment.');
      }
    },
  });
}

/**
 * Queues the report of a session inside the transaction that makes the report pending, so the job exists exactly when
 * that commits. Without a queue (an app built without one) the report stays pending until a process with a queue
 * starts and recovers it (recover-practice-work.ts).
 */
export async function queueFeedback(deps: PracticeDeps, sessionId: string, transaction: Db): Promise<void> {
  await deps.queue?.send(createFeedbackJob(deps), { sessionId }, { transaction });
}
