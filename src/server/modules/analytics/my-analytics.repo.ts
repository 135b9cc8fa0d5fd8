import { sql } from 'drizzle-orm';
import { selectRows, type Db } from '#server/db/client.ts';
import type { InstantWindow } from './analytics-window.ts';

export type PracticeWeekRow = { week: string; sessions: number; completed: number; answers: number };

/** One user's practice per week (weeks start on Monday, UTC): sessions created, of them completed, answers given. */
export async function countPracticeByWeek(db: Db, userId: string, window: InstantWindow): Promise<PracticeWeekRow[]> {
  const rows = await selectRows<{ week: string; sessions: number | string; completed: number | string; answers: number | string }>(
    db,
    sql`select to_char(week, 'YYYY-MM-DD') as week, sum(sessions)::int as sessions, sum(completed)::int as completed, sum(answers)::int as answers
        from (
          select date_trunc('week', created_at at time zone 'UTC')::date as week, 1 as sessions, (status = 'completed')::int as completed, 0 as answers
            from practice_sessions
           where user_id = ${userId} and created_at >= ${window.fromInstant}::timestamptz and created_at < ${window.untilInstant}::timestamptz
          union all
          select date_trunc('week', answered_at at time zone 'UTC')::date, 0, 0, 1
            from practice_answers
           where user_id = ${userId} and answered_at >= ${window.fromInstant}::timestamptz and answered_at < ${window.untilInstant}::timestamptz
        ) as activity
        group by week
        order by week`,
  );
  return rows.map((row) => ({ week: row.week, sessions: Number(row.sessions), completed: Number(row.completed), answers: Number(row.answers) }));
}
