import type { Database } from '#server/db/client.ts';
import type { AdminDeps } from './admin-deps.ts';

export type { AdminDeps } from './admin-deps.ts';
export { adminRoutes } from './admin.routes.ts';

export function createAdminDeps(runtime: { database: Database; now: () => Date }): AdminDeps {
  return { db: runtime.database.db, now: runtime.now };
}
