import { getSetting } from '#server/modules/settings/index.ts';
import type { RetentionReport } from '#shared/contracts/retention.ts';
import type { RetentionDeps } from './retention-deps.ts';
import {
  countCandidatesOfJobs,
  countNotificationsBefore,
  countOutboxBefore,
  deleteCandidatesOfJobs,
  deleteNotificationsBefore,
  deleteOutboxBefore,
  findClosedJobIds,
  findReferencedKeys,
} from './retention.repo.ts';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;
/** Storage keys checked against the database at a time. */
const sweepChunk = 500;

type Period = { days: number; cutoff: Date | null };

function periodOf(days: number, now: Date): Period {
  return { days, cutoff: days === 0 ? null : new Date(now.getTime() - days * dayMs) };
}

/** Files stored before the cutoff that no row names: removed (or, in a dry run, counted). */
async function sweepUnusedFiles(deps: RetentionDeps, cutoff: Date, dryRun: boolean): Promise<{ files: number }> {
  let files = 0;
  const due: string[] = [];
  const settle = async () => {
    const referenced = await findReferencedKeys(deps.db, due);
    for (const key of due) {
      if (referenced.has(key)) continue;
      if (!dryRun) await deps.storage.delete(key);
      files += 1;
    }
    due.length = 0;
  };
  for await (const file of deps.storage.list()) {
    if (file.storedAt >= cutoff) continue;
    due.push(file.key);
    if (due.length >= sweepChunk) await settle();
  }
  await settle();
  return { files };
}

/**
 * What each retention setting says to remove, removed (or only counted, in a dry run): old notifications, old outbox
 * mail, the candidates of long-closed jobs (when switched on), and stored files nothing uses after their grace period.
 */
export async function runRetention(deps: RetentionDeps, options: { dryRun: boolean }): Promise<RetentionReport> {
  const now = deps.now();
  const { dryRun } = options;
  const [notificationDays, outboxDays, closedJobDays, unusedFileHours] = await Promise.all([
    getSetting(deps, 'retention.notification-days'),
    getSetting(deps, 'retention.outbox-days'),
    getSetting(deps, 'retention.closed-job-days'),
    getSetting(deps, 'retention.unused-file-hours'),
  ]);
  const notificationsPeriod = periodOf(notificationDays, now);
  const outboxPeriod = periodOf(outboxDays, now);
  const closedJobsPeriod = periodOf(closedJobDays, now);
  const filesCutoff = new Date(now.getTime() - unusedFileHours * hourMs);

  const notificationsRemoved = notificationsPeriod.cutoff
    ? await (dryRun ? countNotificationsBefore : deleteNotificationsBefore)(deps.db, notificationsPeriod.cutoff)
    : 0;
  const outboxRemoved = outboxPeriod.cutoff ? await (dryRun ? countOutboxBefore : deleteOutboxBefore)(deps.db, outboxPeriod.cutoff) : 0;
  const closedJobIds = closedJobsPeriod.cutoff ? await findClosedJobIds(deps.db, closedJobsPeriod.cutoff) : [];
  const candidatesRemoved = await (dryRun ? countCandidatesOfJobs : deleteCandidatesOfJobs)(deps.db, closedJobIds);
  // After the rows above went, so the CVs of the closed jobs are swept in the same run.
  const files = await sweepUnusedFiles(deps, filesCutoff, dryRun);

  const report: RetentionReport = {
    dryRun,
    at: now.toISOString(),
    kinds: [
      { kind: 'notifications', rule: notificationDays === 0 ? 'kept for ever' : `older than ${notificationDays} days`, count: notificationsRemoved },
      { kind: 'outbox_mail', rule: outboxDays === 0 ? 'kept for ever' : `older than ${outboxDays} days`, count: outboxRemoved },
      {
        kind: 'closed_job_candidates',
        rule: closedJobDays === 0 ? 'kept for ever (off)' : `of jobs closed for ${closedJobDays} days (${closedJobIds.length} jobs)`,
        count: candidatesRemoved,
      },
      {
        kind: 'unused_files',
        rule: `stored more than ${unusedFileHours} hours ago and used by nothing${dryRun && closedJobIds.length > 0 ? ' (the closed jobs’ CVs are counted once their candidates are removed)' : ''}`,
        count: files.files,
      },
    ],
  };
  if (!dryRun) deps.log.info({ retention: report.kinds.map((kind) => `${kind.kind}=${kind.count}`).join(' ') }, 'data retention ran');
  return report;
}
