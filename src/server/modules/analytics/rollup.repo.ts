import { sql } from 'drizzle-orm';
import { selectRows, type Db } from '#server/db/client.ts';
import type { InstantWindow } from './analytics-window.ts';

/**
 * Writes one day of `user_analytics_daily`: a row for every user who used a session or did anything that day, with
 * what they did. Counted again from the tables each time, so running it twice writes the same rows; a user who was
 * active is never dropped by a later run (their session's last use may have moved on since).
 */
export async function rollUpUserDay(db: Db, window: InstantWindow): Promise<void> {
  const inDay = (column: string) => sql`${sql.raw(column)} >= ${window.fromInstant}::timestamptz and ${sql.raw(column)} < ${window.untilInstant}::timestamptz`;
  await db.execute(
    sql`insert into user_analytics_daily (user_id, day, practice_sessions, answers, applications, candidates_decided)
        select user_id, ${window.from}::date, sum(sessions), sum(answers), sum(applications), sum(decided)
          from (
            select user_id, 1 as sessions, 0 as answers, 0 as applications, 0 as decided from practice_sessions where ${inDay('created_at')}
            union all select user_id, 0, 1, 0, 0 from practice_answers where ${inDay('answered_at')}
            union all select user_id, 0, 0, 1, 0 from job_applications where ${inDay('created_at')}
            union all select decided_by, 0, 0, 0, 1 from candidates where decided_by is not null and ${inDay('decided_at')}
            union all select user_id, 0, 0, 0, 0 from sessions where ${inDay('coalesce(last_seen_at, created_at)')}
          ) as activity
         group by user_id
        on conflict (user_id, day) do update set
          practice_sessions = excluded.practice_sessions, answers = excluded.answers,
          applications = excluded.applications, candidates_decided = excluded.candidates_decided`,
  );
}

/** The last day a snapshot was taken, or null before the first. */
export async function findLastSnapshotDay(db: Db): Promise<string | null> {
  const [row] = await selectRows<{ day: string | null }>(db, sql`select to_char(max(day), 'YYYY-MM-DD') as day from installation_snapshots`);
  return row?.day ?? null;
}

/** The bytes of the files Parley keeps, each stored file counted once, from the sizes their rows record. */
export async function sumStoredFileBytes(db: Db): Promise<number> {
  const [row] = await selectRows<{ bytes: number | string | null }>(
    db,
    sql`select coalesce(sum(bytes), 0) as bytes from (
          select storage_path, max(bytes) as bytes from (
            select storage_path, size_bytes as bytes from cv_uploads
            union all select storage_path, size_bytes from resumes
            union all select storage_path, size_bytes from batch_files
            union all select attachment_storage_path, attachment_size_bytes from support_tickets where attachment_storage_path is not null
          ) as files group by storage_path
        ) as distinct_files`,
  );
  return Number(row?.bytes ?? 0);
}

export type Snapshot = { day: string; databaseBytes: number | null; storageBytes: number; queueWaiting: number | null; queueFailed: number | null };

/** Writes the day's snapshot, replacing an earlier one of the same day. */
export async function writeSnapshot(db: Db, snapshot: Snapshot): Promise<void> {
  await db.execute(
    sql`insert into installation_snapshots (day, database_bytes, storage_bytes, queue_waiting, queue_failed)
        values (${snapshot.day}::date, ${snapshot.databaseBytes}, ${snapshot.storageBytes}, ${snapshot.queueWaiting}, ${snapshot.queueFailed})
        on conflict (day) do update set database_bytes = excluded.database_bytes, storage_bytes = excluded.storage_bytes,
          queue_waiting = excluded.queue_waiting, queue_failed = excluded.queue_failed`,
  );
}
