import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { preparedPerDatabase } from '#server/db/prepared.ts';
import { candidates, cvBatches, jobs, scheduledInterviews, workspaceMembers, type WorkspaceRole } from '#server/db/schema/index.ts';

/** A record inside a workspace, found with the workspace it belongs to and the caller's role there (undefined: not a member). */
export type WorkspaceMembership = { workspaceId: string; role: WorkspaceRole | undefined };

function memberOf(userId: string) {
  return and(eq(workspaceMembers.userId, userId), eq(workspaceMembers.workspaceId, jobs.workspaceId));
}

export async function findWorkspaceRole(db: Db, query: { userId: string; workspaceId: string }): Promise<WorkspaceMembership | undefined> {
  const [row] = await db
    .select({ role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.userId, query.userId), eq(workspaceMembers.workspaceId, query.workspaceId)));
  return row ? { workspaceId: query.workspaceId, role: row.role } : undefined;
}

/** Prepared: every page of a job's ranking asks it (decision 056). */
const jobMembership = preparedPerDatabase((db) =>
  db
    .select({ workspaceId: jobs.workspaceId, role: workspaceMembers.role })
    .from(jobs)
    .leftJoin(workspaceMembers, and(eq(workspaceMembers.userId, sql.placeholder('userId')), eq(workspaceMembers.workspaceId, jobs.workspaceId)))
    .where(eq(jobs.id, sql.placeholder('jobId')))
    .prepare('access_job_membership'),
);

export async function findJobMembership(db: Db, query: { userId: string; jobId: string }): Promise<WorkspaceMembership | undefined> {
  const [row] = await jobMembership(db).execute(query);
  return row ? { workspaceId: row.workspaceId, role: row.role ?? undefined } : undefined;
}

export async function findBatchMembership(db: Db, query: { userId: string; batchId: string }): Promise<WorkspaceMembership | undefined> {
  const [row] = await db
    .select({ workspaceId: jobs.workspaceId, role: workspaceMembers.role })
    .from(cvBatches)
    .innerJoin(jobs, eq(jobs.id, cvBatches.jobId))
    .leftJoin(workspaceMembers, memberOf(query.userId))
    .where(eq(cvBatches.id, query.batchId));
  return row ? { workspaceId: row.workspaceId, role: row.role ?? undefined } : undefined;
}

export async function findCandidateMembership(db: Db, query: { userId: string; candidateId: string }): Promise<WorkspaceMembership | undefined> {
  const [row] = await db
    .select({ workspaceId: jobs.workspaceId, role: workspaceMembers.role })
    .from(candidates)
    .innerJoin(jobs, eq(jobs.id, candidates.jobId))
    .leftJoin(workspaceMembers, memberOf(query.userId))
    .where(eq(candidates.id, query.candidateId));
  return row ? { workspaceId: row.workspaceId, role: row.role ?? undefined } : undefined;
}

export async function findInterviewMembership(db: Db, query: { userId: string; interviewId: string }): Promise<WorkspaceMembership | undefined> {
  const [row] = await db
    .select({ workspaceId: scheduledInterviews.workspaceId, role: workspaceMembers.role })
    .from(scheduledInterviews)
    .leftJoin(workspaceMembers, and(eq(workspaceMembers.userId, query.userId), eq(workspaceMembers.workspaceId, scheduledInterviews.workspaceId)))
    .where(eq(scheduledInterviews.id, query.interviewId));
  return row ? { workspaceId: row.workspaceId, role: row.role ?? undefined } : undefined;
}
