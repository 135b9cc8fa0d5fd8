import { count, eq, sql } from 'drizzle-orm';
import { selectRows, type Db } from '#server/db/client.ts';
import { experiences, jobApplications, jobPostings } from '#server/db/schema/index.ts';
import type { JobApplicationStatus } from '#shared/vocabulary.ts';

/** Applications per current stage. */
export async function countApplicationsByStatus(db: Db, userId: string): Promise<{ status: JobApplicationStatus; count: number }[]> {
  return db.select({ status: jobApplications.status, count: count() }).from(jobApplications).where(eq(jobApplications.userId, userId)).groupBy(jobApplications.status);
}

/**
 * Of the applications sent (a stage 'applied' or an applied date), how many heard back (a later stage of screening,
 * interviewing, offer, accepted or rejected), and the median days from sending to that first reply, all in SQL.
 */
export async function findReplyStats(db: Db, userId: string): Promise<{ sent: number; replied: number; medianDays: number | null }> {
  const [row] = await selectRows<{ sent: number; replied: number; median_days: number | string | null }>(
    db,
    sql`with sent as (
          select a.id,
                 coalesce(min(s.at) filter (where s.status = 'applied'), a.applied_date::timestamptz) as applied_at,
                 min(s.at) filter (where s.status in ('screening', 'interviewing', 'offer', 'accepted', 'rejected')) as replied_at
          from job_applications a
          left join job_application_stages s on s.application_id = a.id
          where a.user_id = ${userId}
          group by a.id, a.applied_date
        )
        select count(*) filter (where applied_at is not null)::int as sent,
               count(*) filter (where applied_at is not null and replied_at >= applied_at)::int as replied,
               percentile_cont(0.5) within group (order by extract(epoch from (replied_at - applied_at)) / 86400)
                 filter (where applied_at is not null and replied_at >= applied_at) as median_days
        from sent`,
  );
  return { sent: row?.sent ?? 0, replied: row?.replied ?? 0, medianDays: row?.median_days == null ? null : Number(row.median_days) };
}

/** Applications waiting in 'applied' with a follow-up reminder set and not yet sent: when each falls due. */
export async function findUpcomingFollowUps(db: Db, userId: string, limit: number) {
  return selectRows<{ application_id: string; job_title: string | null; company_name: string | null; due_on: string }>(
    db,
    sql`select a.id as application_id, p.job_title, p.company_name,
               to_char((coalesce((select max(s.at) from job_application_stages s where s.application_id = a.id and s.status = 'applied'), a.applied_date::timestamptz)
                        + make_interval(days => a.follow_up_after_days)) at time zone 'UTC', 'YYYY-MM-DD') as due_on
        from job_applications a
        join job_postings p on p.id = a.job_posting_id
        where a.user_id = ${userId} and a.status = 'applied' and a.follow_up_after_days is not null and a.follow_up_sent_at is null
          and coalesce(a.applied_date, (select max(s.at) from job_application_stages s where s.application_id = a.id and s.status = 'applied')::date) is not null
        order by due_on, a.id
        limit ${limit}`,
  );
}

/** What the library and the pipeline hold, to suggest the next step. */
export async function countCareerRecords(db: Db, userId: string) {
  const [experienceCount] = await db.select({ value: count() }).from(experiences).where(eq(experiences.userId, userId));
  const [postings] = await db
    .select({ all: count(), targets: sql<number>`count(*) filter (where ${jobPostings.isTarget})::int` })
    .from(jobPostings)
    .where(eq(jobPostings.addedBy, userId));
  return { experiences: experienceCount?.value ?? 0, postings: postings?.all ?? 0, targets: Number(postings?.targets ?? 0) };
}
