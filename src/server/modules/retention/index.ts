import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { FileStorage } from '#server/platform/storage/index.ts';
import type { RetentionDeps } from './retention-deps.ts';
import { createRetentionJob } from './retention.job.ts';

export type { RetentionDeps } from './retention-deps.ts';
export { retentionRoutes } from './retention.routes.ts';
export { runRetention } from './run-retention.ts';
export { scheduleRetention } from './retention.job.ts';

export function createRetentionDeps(runtime: { config: Pick<Config, 'settingOverrides'>; database: Database; storage: FileStorage; now: () => Date; log: Logger }): RetentionDeps {
  return { db: runtime.database.db, settingOverrides: runtime.config.settingOverrides, storage: runtime.storage, now: runtime.now, log: runtime.log };
}

export function createRetentionJobs(deps: RetentionDeps) {
  return [createRetentionJob(deps)];
}
