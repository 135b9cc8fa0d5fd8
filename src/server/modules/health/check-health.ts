import { appVersion } from '#server/version.ts';
import type { Health } from '#shared/contracts/health.ts';
import type { HealthDeps } from './health-deps.ts';
import { probeDatabase } from './health.repo.ts';

/** The version that answers and whether its database does (with pgvector or not), for anyone: no caller needed. */
export async function checkHealth(deps: HealthDeps): Promise<Health> {
  const started = performance.now();
  let ok = true;
  let vector = false;
  try {
    ({ vector } = await probeDatabase(deps.database.db));
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
