import { z } from 'zod';
import { jobApplicationStatuses, scheduledInterviewStatuses } from '#shared/vocabulary.ts';
import { idSchema } from './common.ts';

/** HTTP contracts of analytics (issue 17 point 3, decision 045): job seekers, workspaces, administrators. */

const day = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });

/** The longest period one request may cover, so every answer stays bounded. */
export const maxAnalyticsDays = 366;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** `?from=&to=`: both days included (UTC), `to` not before `from`, at most 366 days. */
export const analyticsRangeSchema = z
  .object({ from: day, to: day })
  .refine((range) => range.from <= range.to, { error: 'must not come before from', path: ['to'] })
  .refine((range) => range.from > range.to || daysBetween(range.from, range.to) <= maxAnalyticsDays, {
    error: `must be at most ${maxAnalyticsDays} days after from (both included)`,
    path: ['to'],
  });
export type AnalyticsRange = z.infer<typeof analyticsRangeSchema>;

const counted = z.number().int().min(0);

/** A job seeker's own figures: practice per week (weeks start on Monday) and the applications funnel. */
export const myAnalyticsSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  practiceWeeks: z.array(z.object({ week: z.iso.date(), sessions: counted, completed: counted, answers: counted })),
  /** Every application by its current stage, as the career home counts them (all time, not only the period). */
  applicationFunnel: z.array(z.object({ status: z.enum(jobApplicationStatuses), count: counted })),
});
export type MyAnalytics = z.infer<typeof myAnalyticsSchema>;

export const analyticsWorkspaceParamsSchema = z.object({ workspaceId: idSchema('workspace') });

/** Hours from a CV's upload to the recruiter's decision: the median of the decisions in the period; null without any. */
const medianHours = z.number().min(0).nullable();

/** A workspace's screening and interviews over a period, per day, per job and per recruiter (owners and recruiters). */
export const workspaceAnalyticsSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  /** Per day: candidates screened (added to a job), shortlisted and rejected (decided that day). */
  days: z.array(z.object({ day: z.iso.date(), screened: counted, shortlisted: counted, rejected: counted })),
  jobs: z.array(z.object({ jobId: z.string(), title: z.string(), screened: counted, shortlisted: counted, rejected: counted, medianHoursToDecision: medianHours })),
  recruiters: z.array(
    z.object({ userId: z.string(), name: z.string(), shortlisted: counted, rejected: counted, medianHoursToDecision: medianHours, interviewsScheduled: counted }),
  ),
  /** Interviews whose time falls in the period, by status and outcome (null: no outcome recorded). */
  interviews: z.array(z.object({ status: z.enum(scheduledInterviewStatuses), outcome: z.string().nullable(), count: counted })),
});
export type WorkspaceAnalytics = z.infer<typeof workspaceAnalyticsSchema>;

/** The installation over a period (administrators): activity per day and week, and the daily snapshots. */
export const adminAnalyticsSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  /** Active users come from the roll-up (users with a session used or anything done that day); the rest counted live. */
  days: z.array(z.object({ day: z.iso.date(), activeUsers: counted, signUps: counted, practiceSessions: counted, cvBatches: counted })),
  weeks: z.array(z.object({ week: z.iso.date(), activeUsers: counted })),
  snapshots: z.array(
    z.object({ day: z.iso.date(), databaseBytes: counted.nullable(), storageBytes: counted, queueWaiting: counted.nullable(), queueFailed: counted.nullable() }),
  ),
  /** The queue now, as the administrator's overview counts it; null in a process without a queue. */
  queue: z.object({ waiting: counted, active: counted, failed: counted }).nullable(),
});
export type AdminAnalytics = z.infer<typeof adminAnalyticsSchema>;
