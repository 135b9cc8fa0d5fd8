import { z } from 'zod';
import { defineJob } from '#server/platform/queue/job-definition.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import type { AnalyticsDeps } from './analytics-deps.ts';
import { rollUpAnalytics } from './run-rollup.ts';

/** Every hour at :10, so today's figures fill in during the day and yesterday's are final soon after midnight. */
export const rollupCron = '10 * * * *';

export function createRollupJob(deps: AnalyticsDeps) {
  return defineJob({
    name: 'analytics.rollup',
    schema: z.object({}).passthrough(),
    retryLimit: 2,
    expireInSeconds: 30 * 60,
    handler: async () => {
      await rollUpAnalytics(deps);
    },
  });
}

/**
 * Schedules the roll-up (idempotent: pg-boss keeps one schedule per job name, whichever process sets it) and runs it
 * once at start-up, so a new or restarted installation catches up without waiting for the hour (one run however many
 * processes start: a singleton key).
 */
export async function scheduleAnalyticsRollup(deps: AnalyticsDeps, queue: Queue): Promise<void> {
  const job = createRollupJob(deps);
  await queue.schedule(job, rollupCron);
  await queue.send(job, {}, { singletonKey: 'analytics.rollup.start-up' });
}
