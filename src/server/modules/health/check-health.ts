import { sql } from 'drizzle-orm';
import { hasVectorExtension } from '#server/db/client.ts';
import { appVersion } from '#server/version.ts';
import type { Health } from '#shared/contracts/health.ts';
import type { HealthDeps } from './health-deps.ts';

/** The version that answers and whether its database does (with pgvector or not), for anyone: no caller needed. */
export async function checkHealth(deps: HealthDeps): Promise<Health> {
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
    uptimeSeconds: Math.round((deps.now().getTime() - deps.startedAt.getTime()) / 1000),
  };
}
