import { z } from 'zod';
import { defineJob } from '#server/platform/queue/job-definition.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import type { RetentionDeps } from './retention-deps.ts';
import { runRetention } from './run-retention.ts';

/** Every day at 03:30 UTC, when few people use an installation. */
export const retentionCron = '30 3 * * *';

export function createRetentionJob(deps: RetentionDeps) {
  return defineJob({
    name: 'retention.daily',
    schema: z.object({}).passthrough(),
    retryLimit: 2,
    expireInSeconds: 60 * 60,
    handler: async () => {
      await runRetention(deps, { dryRun: false });
    },
  });
}

/** Schedules the daily run (idempotent: pg-boss keeps one schedule per job name, whichever process sets it). */
export async function scheduleRetention(deps: RetentionDeps, queue: Queue): Promise<void> {
  await queue.schedule(createRetentionJob(deps), retentionCron);
}
