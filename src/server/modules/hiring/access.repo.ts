import { and, eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { candidates, cvBatches, jobs, workspaceMembers, type WorkspaceRole } from '#server/db/schema/index.ts';

export async function findWorkspaceRole(db: Db, userId: string, workspaceId: string): Promise<WorkspaceRole | undefined> {
  const [row] = await db
    .select({ role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)));
  return row?.role;
}

/** The job's workspace and the caller's role in it (undefined role: not a member). */
export async function findJobAccess(db: Db, userId: string, jobId: string) {
  const [row] = await db
    .select({ jobId: jobs.id, workspaceId: jobs.workspaceId, role: workspaceMembers.role })
    .from(jobs)
    .leftJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, jobs.workspaceId), eq(workspaceMembers.userId, userId)))
    .where(eq(jobs.id, jobId));
  return row;
}

export async function findBatchJobId(db: Db, batchId: string): Promise<string | undefined> {
  const [row] = await db.select({ jobId: cvBatches.jobId }).from(cvBatches).where(eq(cvBatches.id, batchId));
  return row?.jobId;
}

export async function findCandidateJobId(db: Db, candidateId: string): Promise<string | undefined> {
  const [row] = await db.select({ jobId: candidates.jobId }).from(candidates).where(eq(candidates.id, candidateId));
  return row?.jobId;
}
