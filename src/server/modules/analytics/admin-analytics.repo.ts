import { sql } from 'drizzle-orm';
import { selectRows, type Db } from '#server/db/client.ts';
import type { InstantWindow } from './analytics-window.ts';

type Counted = number | string;
const within = (column: string, window: InstantWindow) =>
  sql`${sql.raw(column)} >= ${window.fromInstant}::timestamptz and ${sql.raw(column)} < ${window.untilInstant}::timestamptz`;
const perDay = (table: string, column: string, window: InstantWindow) =>
  sql`select (${sql.raw(column)} at time zone 'UTC')::date as day, count(*) as n from ${sql.raw(table)} where ${within(column, window)} group by 1`;

/** Every day of the window: active users (from the roll-up), sign-ups, practice sessions and CV batches (counted live). */
export async function countInstallationByDay(db: Db, window: InstantWindow) {
  const rows = await selectRows<{ day: string; active_users: Counted; sign_ups: Counted; practice_sessions: Counted; cv_batches: Counted }>(
    db,
    sql`with days as (select generate_series(${window.from}::date, ${window.to}::date, interval '1 day')::date as day),
        active as (select day, count(*) as n from user_analytics_daily where day between ${window.from}::date and ${window.to}::date group by day),
        sign_ups as (${perDay('users', 'created_at', window)}),
        practice as (${perDay('practice_sessions', 'created_at', window)}),
        batches as (${perDay('cv_batches', 'created_at', window)})
        select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(active.n, 0)::int as active_users, coalesce(sign_ups.n, 0)::int as sign_ups,
               coalesce(practice.n, 0)::int as practice_sessions, coalesce(batches.n, 0)::int as cv_batches
          from days
          left join active on active.day = days.day
          left join sign_ups on sign_ups.day = days.day
          left join practice on practice.day = days.day
          left join batches on batches.day = days.day
         order by days.day`,
  );
  return rows.map((row) => ({
    day: row.day,
    activeUsers: Number(row.active_users),
    signUps: Number(row.sign_ups),
    practiceSessions: Number(row.practice_sessions),
    cvBatches: Number(row.cv_batches),
  }));
}

/** Distinct active users per week (weeks start on Monday) of the window, from the roll-up. */
export async function countActiveUsersByWeek(db: Db, window: InstantWindow) {
  const rows = await selectRows<{ week: string; active_users: Counted }>(
    db,
    sql`select to_char(date_trunc('week', day)::date, 'YYYY-MM-DD') as week, count(distinct user_id)::int as active_users
          from user_analytics_daily
         where day between ${window.from}::date and ${window.to}::date
         group by 1
         order by 1`,
  );
  return rows.map((row) => ({ week: row.week, activeUsers: Number(row.active_users) }));
}

/** The installation's daily snapshots in the window, in day order. */
export async function findSnapshots(db: Db, window: InstantWindow) {
  const rows = await selectRows<{ day: string; database_bytes: Counted | null; storage_bytes: Counted; queue_waiting: Counted | null; queue_failed: Counted | null }>(
    db,
    sql`select to_char(day, 'YYYY-MM-DD') as day, database_bytes, storage_bytes, queue_waiting, queue_failed
          from installation_snapshots
         where day between ${window.from}::date and ${window.to}::date
         order by day`,
  );
  const orNull = (value: Counted | null) => (value === null ? null : Number(value));
  return rows.map((row) => ({
    day: row.day,
    databaseBytes: orNull(row.database_bytes),
    storageBytes: Number(row.storage_bytes),
    queueWaiting: orNull(row.queue_waiting),
    queueFailed: orNull(row.queue_failed),
  }));
}
