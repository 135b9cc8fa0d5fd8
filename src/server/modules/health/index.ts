import type { Database } from '#server/db/client.ts';
import type { HealthDeps } from './health-deps.ts';

export type { HealthDeps } from './health-deps.ts';
export { healthRoutes } from './health.routes.ts';

/** Built when the app is: its uptime counts from then. */
export function createHealthDeps(runtime: { database: Database; now: () => Date }): HealthDeps {
  return { database: runtime.database, now: runtime.now, startedAt: runtime.now() };
}
