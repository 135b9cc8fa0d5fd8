import { findDatabaseSize } from '#server/modules/admin/index.ts';
import type { AnalyticsDeps } from './analytics-deps.ts';
import { sumQueue } from './analytics.service.ts';
import { addDays, dayOf, windowOf } from './analytics-window.ts';
import { findLastSnapshotDay, rollUpUserDay, sumStoredFileBytes, writeSnapshot } from './rollup.repo.ts';

/** How far back a run catches up on days a stopped installation missed. */
const catchUpDays = 7;

/**
 * The roll-up (decision 045): every day since the last run (at most a week back, at least yesterday) into
 * `user_analytics_daily`, then today's snapshot of the installation. Each day is rewritten whole, so it may run
 * any number of times; what a missed run left out, the next one writes.
 */
export async function rollUpAnalytics(deps: AnalyticsDeps): Promise<{ days: string[] }> {
  const today = dayOf(deps.now());
  const last = await findLastSnapshotDay(deps.db);
  const earliest = addDays(today, -catchUpDays);
  let day = last === null ? addDays(today, -1) : last < earliest ? earliest : last > today ? today : last;
  if (day === today) day = addDays(today, -1);
  const days: string[] = [];
  for (; day <= today; day = addDays(day, 1)) {
    await rollUpUserDay(deps.db, windowOf({ from: day, to: day }));
    days.push(day);
  }
  const queue = deps.queue ? sumQueue(await deps.queue.countJobs()) : null;
  await writeSnapshot(deps.db, {
    day: today,
    databaseBytes: await findDatabaseSize(deps.db),
    storageBytes: await sumStoredFileBytes(deps.db),
    queueWaiting: queue ? queue.waiting : null,
    queueFailed: queue ? queue.failed : null,
  });
  return { days };
}
