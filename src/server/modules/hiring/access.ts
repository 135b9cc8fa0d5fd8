import type { Db } from '#server/db/client.ts';
import type { WorkspaceRole } from '#server/db/schema/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { findBatchJobId, findCandidateJobId, findJobAccess, findWorkspaceRole } from './access.repo.ts';

/** Who is calling; routes take it from the session. */
export type Caller = { userId: string };
export type AccessLevel = 'read' | 'write';

export type JobAccess = { jobId: string; workspaceId: string; role: WorkspaceRole };

const writers: readonly WorkspaceRole[] = ['owner', 'recruiter'];
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkRole(role: WorkspaceRole, level: AccessLevel): void {
  if (level === 'write' && !writers.includes(role)) {
    throw new AppError('forbidden', `Your role in this workspace (${role}) may only read; changes need owner or recruiter.`);
  }
}

/** Non-members get 404 (nothing of another workspace is revealed); interviewers may read but not change. */
export async function requireWorkspaceAccess(db: Db, caller: Caller, workspaceId: string, level: AccessLevel): Promise<WorkspaceRole> {
  const role = uuidPattern.test(workspaceId) ? await findWorkspaceRole(db, caller.userId, workspaceId) : undefined;
  if (!role) throw new AppError('not_found', 'Workspace not found.');
  checkRole(role, level);
  return role;
}

export async function requireJobAccess(db: Db, caller: Caller, jobId: string, level: AccessLevel): Promise<JobAccess> {
  const row = uuidPattern.test(jobId) ? await findJobAccess(db, caller.userId, jobId) : undefined;
  if (!row?.role) throw new AppError('not_found', 'Job not found.');
  checkRole(row.role, level);
  return { jobId: row.jobId, workspaceId: row.workspaceId, role: row.role };
}

export async function requireBatchAccess(db: Db, caller: Caller, batchId: string, level: AccessLevel): Promise<JobAccess> {
  const jobId = uuidPattern.test(batchId) ? await findBatchJobId(db, batchId) : undefined;
  if (!jobId) throw new AppError('not_found', 'Batch not found.');
  return requireJobAccess(db, caller, jobId, level).catch(rename('Batch not found.'));
}

export async function requireCandidateAccess(db: Db, caller: Caller, candidateId: string, level: AccessLevel): Promise<JobAccess> {
  const jobId = uuidPattern.test(candidateId) ? await findCandidateJobId(db, candidateId) : undefined;
  if (!jobId) throw new AppError('not_found', 'Candidate not found.');
  return requireJobAccess(db, caller, jobId, level).catch(rename('Candidate not found.'));
}

function rename(message: string) {
  return (error: unknown): never => {
    if (error instanceof AppError && error.code === 'not_found') throw new AppError('not_found', message);
    throw error;
  };
}
