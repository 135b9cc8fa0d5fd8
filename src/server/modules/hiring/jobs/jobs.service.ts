import type { JobStatus } from '#server/db/schema/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { CreateJobBody, Job, JobRequirements, UpdateJobBody } from '#shared/contracts/hiring.ts';
import { requireJobAccess, requireWorkspaceAccess, type Caller } from '../access.ts';
import { rescoreJobCandidates } from '../candidates/rescore-candidates.ts';
import type { HiringDeps } from '../hiring-deps.ts';
import { embedJob } from '../search/embed-records.ts';
import { findJobsByText } from '../search/search.repo.ts';
import { deleteJob, findJobById, findJobs, insertJob, updateJob, type JobRow } from './jobs.repo.ts';

export const emptyRequirements: JobRequirements = {
  mustHaveSkills: [],
  niceToHaveSkills: [],
  minYearsExperience: null,
  seniority: null,
  location: null,
  remote: null,
};

export function toJob(row: JobRow): Job {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    title: row.title,
    description: row.description,
    requirements: { ...emptyRequirements, ...(row.requirements as Partial<JobRequirements>) },
    status: row.status,
    blindScreening: row.blindScreening,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function createJob(deps: HiringDeps, caller: Caller, workspaceId: string, body: CreateJobBody): Promise<Job> {
  await requireWorkspaceAccess(deps.db, caller, workspaceId, 'write');
  const parsed = await deps.ai.parseRequirements(body, { userId: caller.userId, workspaceId });
  const row = await insertJob(deps.db, {
    workspaceId,
    createdBy: caller.userId,
    title: body.title,
    description: body.description,
    requirements: { ...parsed, ...body.requirements },
    status: body.status ?? 'open',
    blindScreening: body.blindScreening ?? false,
  });
  await embedJob(deps, row);
  return toJob(row);
}

/** The jobs of a workspace, newest first, or those matching `q` by full text, best first. */
export async function listJobs(deps: HiringDeps, caller: Caller, workspaceId: string, filter: { q?: string; status?: JobStatus }) {
  await requireWorkspaceAccess(deps.db, caller, workspaceId, 'read');
  if (filter.q) return (await findJobsByText(deps.db, { workspaceId, status: filter.status }, filter.q)).map(({ row }) => toJob(row));
  return (await findJobs(deps.db, workspaceId, filter)).map(toJob);
}

export async function getJobRow(deps: HiringDeps, jobId: string): Promise<JobRow> {
  const row = await findJobById(deps.db, jobId);
  if (!row) throw new AppError('not_found', 'Job not found.');
  return row;
}

export async function getJob(deps: HiringDeps, caller: Caller, jobId: string): Promise<Job> {
  await requireJobAccess(deps.db, caller, jobId, 'read');
  return toJob(await getJobRow(deps, jobId));
}

/**
 * A new description is parsed again unless the body brings its own requirements; whenever the requirements change,
 * every candidate of the job is re-scored from the stored parsed CVs (no re-parsing). A new title or description is
 * embedded again for semantic search.
 */
export async function changeJob(deps: HiringDeps, caller: Caller, jobId: string, body: UpdateJobBody): Promise<Job> {
  const access = await requireJobAccess(deps.db, caller, jobId, 'write');
  const current = toJob(await getJobRow(deps, jobId));
  const title = body.title ?? current.title;
  const description = body.description ?? current.description;
  let requirements: JobRequirements | undefined;
  if (body.description !== undefined && body.description !== current.description && !body.requirements) {
    requirements = await deps.ai.parseRequirements({ title, description }, { userId: caller.userId, workspaceId: access.workspaceId });
  } else if (body.requirements) {
    requirements = { ...current.requirements, ...body.requirements };
  }
  const row = await updateJob(deps.db, jobId, {
    title: body.title,
    description: body.description,
    status: body.status,
    blindScreening: body.blindScreening,
    requirements,
  });
  const job = toJob(row);
  if (title !== current.title || description !== current.description) await embedJob(deps, row);
  if (requirements && JSON.stringify(requirements) !== JSON.stringify(current.requirements)) {
    await rescoreJobCandidates(deps, job, { userId: caller.userId, workspaceId: access.workspaceId });
  }
  return job;
}

export async function removeJob(deps: HiringDeps, caller: Caller, jobId: string): Promise<void> {
  await requireJobAccess(deps.db, caller, jobId, 'write');
  await deleteJob(deps.db, jobId);
}
