import { recordAudit, type RequestOrigin } from '#server/modules/audit/index.ts';
import { authorizeAdmin, type Caller } from '#server/platform/access/index.ts';
import type { RetentionReport } from '#shared/contracts/retention.ts';
import type { RetentionDeps } from './retention-deps.ts';
import { runRetention } from './run-retention.ts';

/** What the daily run would remove now, removing nothing (administrators). */
export function previewRetention(deps: RetentionDeps, caller: Caller): Promise<RetentionReport> {
  authorizeAdmin(caller);
  return runRetention(deps, { dryRun: true });
}

/** Runs the retention now rather than at night; recorded in the audit log with what it removed. */
export async function runRetentionNow(deps: RetentionDeps, caller: Caller, origin: RequestOrigin): Promise<RetentionReport> {
  authorizeAdmin(caller);
  const report = await runRetention(deps, { dryRun: false });
  await recordAudit(deps.db, {
    actorId: caller.userId,
    action: 'admin.retention_run',
    origin,
    details: Object.fromEntries(report.kinds.map((kind) => [kind.kind, kind.count])),
    at: deps.now(),
  });
  return report;
}
