import { sql } from 'drizzle-orm';
import { selectRows, type Db } from '#server/db/client.ts';
import type { ScheduledInterviewStatus } from '#shared/vocabulary.ts';
import type { InstantWindow } from './analytics-window.ts';

type Counted = number | string;
const hours = (value: Counted | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);

/** In the window: a candidate added (screened), or decided. */
const added = (window: InstantWindow) => sql`c.created_at >= ${window.fromInstant}::timestamptz and c.created_at < ${window.untilInstant}::timestamptz`;
const decided = (window: InstantWindow) => sql`c.decided_at >= ${window.fromInstant}::timestamptz and c.decided_at < ${window.untilInstant}::timestamptz`;
/** Hours from the CV's upload (or, without a stored CV, the candidate's creation) to the decision, median. */
const medianHours = (window: InstantWindow) =>
  sql`percentile_cont(0.5) within group (order by extract(epoch from (c.decided_at - coalesce(r.uploaded_at, c.created_at))) / 3600) filter (where ${decided(window)})`;

/** Every day of the window: candidates screened that day, and those shortlisted or rejected that day. */
export async function countScreeningByDay(db: Db, workspaceId: string, window: InstantWindow) {
  const rows = await selectRows<{ day: string; screened: Counted; shortlisted: Counted; rejected: Counted }>(
    db,
    sql`with days as (select generate_series(${window.from}::date, ${window.to}::date, interval '1 day')::date as day),
        activity as (
          select (c.created_at at time zone 'UTC')::date as day, 1 as screened, 0 as shortlisted, 0 as rejected
            from candidates c where c.workspace_id = ${workspaceId} and ${added(window)}
          union all
          select (c.decided_at at time zone 'UTC')::date, 0, (c.status = 'shortlisted')::int, (c.status = 'rejected')::int
            from candidates c where c.workspace_id = ${workspaceId} and ${decided(window)}
        )
        select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(sum(activity.screened), 0)::int as screened,
               coalesce(sum(activity.shortlisted), 0)::int as shortlisted, coalesce(sum(activity.rejected), 0)::int as rejected
          from days left join activity on activity.day = days.day
         group by days.day
         order by days.day`,
  );
  return rows.map((row) => ({ day: row.day, screened: Number(row.screened), shortlisted: Number(row.shortlisted), rejected: Number(row.rejected) }));
}

/** Per job with activity in the window (at most 100, busiest first): screened, shortlisted, rejected, median hours to decision. */
export async function countScreeningByJob(db: Db, workspaceId: string, window: InstantWindow) {
  const rows = await selectRows<{ job_id: string; title: string; screened: Counted; shortlisted: Counted; rejected: Counted; median_hours: Counted | null }>(
    db,
    sql`select j.id as job_id, j.title,
               (count(*) filter (where ${added(window)}))::int as screened,
               (count(*) filter (where c.status = 'shortlisted' and ${decided(window)}))::int as shortlisted,
               (count(*) filter (where c.status = 'rejected' and ${decided(window)}))::int as rejected,
               ${medianHours(window)} as median_hours
          from candidates c join jobs j on j.id = c.job_id left join resumes r on r.id = c.resume_id
         where c.workspace_id = ${workspaceId} and ((${added(window)}) or (${decided(window)}))
         group by j.id, j.title
         order by screened desc, j.title, j.id
         limit 100`,
  );
  return rows.map((row) => ({
    jobId: row.job_id,
    title: row.title,
    screened: Number(row.screened),
    shortlisted: Number(row.shortlisted),
    rejected: Number(row.rejected),
    medianHoursToDecision: hours(row.median_hours),
  }));
}

/** Per recruiter: decisions in the window (with the median hours to them) and interviews they scheduled in it. */
export async function countByRecruiter(db: Db, workspaceId: string, window: InstantWindow) {
  const rows = await selectRows<{ user_id: string; name: string; shortlisted: Counted; rejected: Counted; median_hours: Counted | null; interviews: Counted }>(
    db,
    sql`with decisions as (
          select c.decided_by as user_id, (count(*) filter (where c.status = 'shortlisted'))::int as shortlisted,
                 (count(*) filter (where c.status = 'rejected'))::int as rejected, ${medianHours(window)} as median_hours
            from candidates c left join resumes r on r.id = c.resume_id
           where c.workspace_id = ${workspaceId} and c.decided_by is not null and ${decided(window)}
           group by c.decided_by
        ),
        scheduled as (
          select scheduled_by as user_id, count(*)::int as interviews
            from scheduled_interviews
           where workspace_id = ${workspaceId} and scheduled_by is not null
             and created_at >= ${window.fromInstant}::timestamptz and created_at < ${window.untilInstant}::timestamptz
           group by scheduled_by
        )
        select u.id as user_id, u.name, coalesce(d.shortlisted, 0) as shortlisted, coalesce(d.rejected, 0) as rejected,
               d.median_hours, coalesce(s.interviews, 0) as interviews
          from decisions d full join scheduled s on s.user_id = d.user_id
          join users u on u.id = coalesce(d.user_id, s.user_id)
         order by u.name, u.id
         limit 100`,
  );
  return rows.map((row) => ({
    userId: row.user_id,
    name: row.name,
    shortlisted: Number(row.shortlisted),
    rejected: Number(row.rejected),
    medianHoursToDecision: hours(row.median_hours),
    interviewsScheduled: Number(row.interviews),
  }));
}

/** Interviews whose time falls in the window, by status and outcome. */
export async function countInterviewOutcomes(db: Db, workspaceId: string, window: InstantWindow) {
  const rows = await selectRows<{ status: ScheduledInterviewStatus; outcome: string | null; count: Counted }>(
    db,
    sql`select status, outcome, count(*)::int as count
          from scheduled_interviews
         where workspace_id = ${workspaceId} and scheduled_time >= ${window.fromInstant}::timestamptz and scheduled_time < ${window.untilInstant}::timestamptz
         group by status, outcome
         order by status, outcome nulls first`,
  );
  return rows.map((row) => ({ status: row.status, outcome: row.outcome, count: Number(row.count) }));
}
