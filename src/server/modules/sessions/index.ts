import type { Database } from '#server/db/client.ts';
import type { SessionsDeps } from './sessions-deps.ts';

export type { SessionsDeps } from './sessions-deps.ts';
export { sessionsRoutes } from './sessions.routes.ts';

export function createSessionsDeps(runtime: { database: Database; now: () => Date }): SessionsDeps {
  return { db: runtime.database.db, now: runtime.now };
}
