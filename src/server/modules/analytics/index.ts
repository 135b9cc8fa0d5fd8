import type { Database } from '#server/db/client.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import type { AnalyticsDeps } from './analytics-deps.ts';
import { createRollupJob } from './rollup.job.ts';

export type { AnalyticsDeps } from './analytics-deps.ts';
export { analyticsRoutes } from './analytics.routes.ts';
export { rollUpAnalytics } from './run-rollup.ts';
export { scheduleAnalyticsRollup } from './rollup.job.ts';

export function createAnalyticsDeps(runtime: { database: Database; now: () => Date; queue?: Queue | undefined }): AnalyticsDeps {
  return { db: runtime.database.db, now: runtime.now, ...(runtime.queue ? { queue: runtime.queue } : {}) };
}

export function createAnalyticsJobs(deps: AnalyticsDeps) {
  return [createRollupJob(deps)];
}
