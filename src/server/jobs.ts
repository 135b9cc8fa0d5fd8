import { createAnalyticsDeps, createAnalyticsJobs, scheduleAnalyticsRollup } from '#server/modules/analytics/index.ts';
import { createCareerDeps, createCareerJobs, recoverCareerWork } from '#server/modules/career/index.ts';
import { createHiringDeps, createHiringJobs, recoverHiringWork } from '#server/modules/hiring/index.ts';
import { createInterviewsDeps, createInterviewsJobs, recoverInterviewsWork } from '#server/modules/interviews/index.ts';
import { createPracticeDeps, createPracticeJobs, recoverPracticeWork } from '#server/modules/practice/index.ts';
import { createRetentionDeps, createRetentionJobs, scheduleRetention } from '#server/modules/retention/index.ts';
import type { JobDefinition } from '#server/platform/queue/job-definition.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import type { Runtime } from '#server/runtime.ts';

/** The runtime of a process that sends and works jobs. */
export type JobDeps = Runtime & { queue: Queue };

/**
 * Every background job of every module, bound to the dependencies its handler needs (the engine and the storage of
 * the runtime, built once per process). Each process registers them; worker processes also run them.
 */
export function createAllJobs(runtime: JobDeps): readonly JobDefinition[] {
  return [...createHiringJobs(createHiringDeps(runtime)), ...createPracticeJobs(createPracticeDeps(runtime)), ...createInterviewsJobs(createInterviewsDeps(runtime)), ...createCareerJobs(createCareerDeps(runtime)), ...createRetentionJobs(createRetentionDeps(runtime)), ...createAnalyticsJobs(createAnalyticsDeps(runtime))];
}

/**
 * What each process does once at start-up, after registering the jobs and before working them: modules queue again
 * the work that stopped processes left unfinished, mail they left unsent is sent, and the daily data retention is scheduled. A failure is logged and
 * never stops the start.
 */
export async function recoverBackgroundWork(runtime: JobDeps): Promise<void> {
  try {
    await recoverHiringWork(createHiringDeps(runtime));
  } catch (error) {
    runtime.log.error({ err: error }, 'could not queue again the unfinished hiring work');
  }
  try {
    await recoverPracticeWork(createPracticeDeps(runtime));
  } catch (error) {
    runtime.log.error({ err: error }, 'could not queue again the unfinished practice reports');
  }
  try {
    await recoverInterviewsWork(createInterviewsDeps(runtime));
  } catch (error) {
    runtime.log.error({ err: error }, 'could not queue again the pending interview reminders');
  }
  try {
    await recoverCareerWork(createCareerDeps(runtime));
  } catch (error) {
    runtime.log.error({ err: error }, 'could not queue again the pending application follow-ups and unfinished skill-gap analyses');
  }
  try {
    // Mail a stopped process recorded but never marked sent or failed goes out now, with its Message-ID (decision 038).
    await runtime.mailer.deliverAbandoned();
  } catch (error) {
    runtime.log.error({ err: error }, 'could not send the mail that stopped processes left unsent');
  }
  try {
    await scheduleRetention(createRetentionDeps(runtime), runtime.queue);
  } catch (error) {
    runtime.log.error({ err: error }, 'could not schedule the daily data retention');
  }
  try {
    await scheduleAnalyticsRollup(createAnalyticsDeps(runtime), runtime.queue);
  } catch (error) {
    runtime.log.error({ err: error }, 'could not schedule the analytics roll-up');
  }
}
