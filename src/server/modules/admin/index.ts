import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import type { AdminDeps } from './admin-deps.ts';

export type { AdminDeps } from './admin-deps.ts';
export { adminRoutes } from './admin.routes.ts';
export { overviewRoutes } from './overview.routes.ts';
export { findDatabaseSize } from './overview.repo.ts';

export function createAdminDeps(runtime: { config: Config; database: Database; now: () => Date; queue?: Queue | undefined }): AdminDeps {
  return {
    db: runtime.database.db,
    now: runtime.now,
    config: runtime.config,
    databaseKind: runtime.database.kind,
    ...(runtime.queue ? { queue: runtime.queue } : {}),
  };
}
