import { sql } from 'drizzle-orm';
import type { HealthResponse } from '#shared/contracts/health.ts';
import { hasVectorExtension, type Database } from '../../db/client.ts';
import { appVersion } from '../../version.ts';

export function createHealthService(deps: { database: Database; startedAt: number; now?: () => number }) {
  const now = deps.now ?? Date.now;
  return {
    async checkHealth(): Promise<HealthResponse> {
      const started = performance.now();
      let ok = true;
      let vector = false;
      try {
        await deps.database.db.execute(sql`select 1`);
        vector = await hasVectorExtension(deps.database.db);
      } catch {
        ok = false;
      }
      return {
        status: ok ? 'ok' : 'degraded',
        version: appVersion,
        database: {
          kind: deps.database.kind,
          location: deps.database.location,
          ok,
          vector,
          latencyMs: Math.round((performance.now() - started) * 10) / 10,
        },
        uptimeSeconds: Math.round((now() - deps.startedAt) / 1000),
      };
    },
  };
}
export type HealthService = ReturnType<typeof createHealthService>;
