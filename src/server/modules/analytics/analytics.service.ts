import { countApplicationsByStatus } from '#server/modules/career/index.ts';
import { authorize, authorizeAdmin, type Caller } from '#server/platform/access/index.ts';
import type { AdminAnalytics, AnalyticsRange, MyAnalytics, WorkspaceAnalytics } from '#shared/contracts/analytics.ts';
import { jobApplicationStatuses } from '#shared/vocabulary.ts';
import type { AnalyticsDeps } from './analytics-deps.ts';
import { windowOf } from './analytics-window.ts';
import { countActiveUsersByWeek, countInstallationByDay, findSnapshots } from './admin-analytics.repo.ts';
import { countPracticeByWeek } from './my-analytics.repo.ts';
import { countByRecruiter, countInterviewOutcomes, countScreeningByDay, countScreeningByJob } from './workspace-analytics.repo.ts';

/** The caller's own practice per week and applications funnel (the career home's own count of it). */
export async function getMyAnalytics(deps: AnalyticsDeps, caller: Caller, range: AnalyticsRange): Promise<MyAnalytics> {
  const window = windowOf(range);
  const [practiceWeeks, byStatus] = [await countPracticeByWeek(deps.db, caller.userId, window), await countApplicationsByStatus(deps.db, caller.userId)];
  const counted = new Map(byStatus.map((row) => [row.status, Number(row.count)]));
  return { from: range.from, to: range.to, practiceWeeks, applicationFunnel: jobApplicationStatuses.map((status) => ({ status, count: counted.get(status) ?? 0 })) };
}

/** A workspace's screening and interviews (owners and recruiters; an interviewer gets 403, a non-member 404). */
export async function getWorkspaceAnalytics(deps: AnalyticsDeps, caller: Caller, workspaceId: string, range: AnalyticsRange): Promise<WorkspaceAnalytics> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'write');
  const window = windowOf(range);
  return {
    from: range.from,
    to: range.to,
    days: await countScreeningByDay(deps.db, workspaceId, window),
    jobs: await countScreeningByJob(deps.db, workspaceId, window),
    recruiters: await countByRecruiter(deps.db, workspaceId, window),
    interviews: await countInterviewOutcomes(deps.db, workspaceId, window),
  };
}

/** The installation's activity, snapshots and queue now (administrators only). */
export async function getAdminAnalytics(deps: AnalyticsDeps, caller: Caller, range: AnalyticsRange): Promise<AdminAnalytics> {
  authorizeAdmin(caller);
  const window = windowOf(range);
  const jobs = deps.queue ? await deps.queue.countJobs() : undefined;
  return {
    from: range.from,
    to: range.to,
    days: await countInstallationByDay(deps.db, window),
    weeks: await countActiveUsersByWeek(deps.db, window),
    snapshots: await findSnapshots(deps.db, window),
    queue: jobs ? sumQueue(jobs) : null,
  };
}

/** The overview's per-job counts, summed over every job name. */
export function sumQueue(jobs: readonly { waiting: number; active: number; failed: number }[]) {
  return jobs.reduce((total, job) => ({ waiting: total.waiting + job.waiting, active: total.active + job.active, failed: total.failed + job.failed }), { waiting: 0, active: 0, failed: 0 });
}


