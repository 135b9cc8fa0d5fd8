import type { Db } from '#server/db/client.ts';
import { authorize, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { toPage } from '#shared/contracts/common.ts';
import type { CreateJobBody, Job, JobListItem, JobPage, JobRequirements, ListJobsQuery, Rescore, UpdateJobBody } from '#shared/contracts/hiring.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { embedJob } from '#server/modules/hiring/search/embed-records.ts';
import { findJobsByText } from '#server/modules/hiring/search/search.repo.ts';
import { deleteJob, findCandidateTallies, findJobById, findJobPage, insertJob, updateJob, type JobRow } from './jobs.repo.ts';
import { queueRescore } from './rescore-candidates.job.ts';
import { startRescoreGeneration } from './rescore.repo.ts';

export const emptyRequirements: JobRequirements = {
  mustHaveSkills: [],
  niceToHaveSkills: [],
  minYearsExperience: null,
  seniority: null,
  degree: null,
  location: null,
  workMode: null,
};

/** Requirements stored before work modes had hybrid kept only `remote: true|false`. */
function storedRequirements(stored: Partial<JobRequirements> & { remote?: boolean | null }): JobRequirements {
  const { remote, ...requirements } = stored;
  const workMode = requirements.workMode ?? (remote === undefined || remote === null ? null : remote ? 'remote' : 'onsite');
  return { ...emptyRequirements, ...requirements, workMode };
}

export function toJob(row: JobRow): Job {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    title: row.title,
    description: row.description,
    requirements: storedRequirements(row.requirements),
    status: row.status,
    blindScreening: row.blindScreening,
    rescore: toRescore(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Where the re-scoring against the latest requirements stands; null while the requirements never changed. */
export function toRescore(row: JobRow): Rescore | null {
  if (!row.rescoreStatus) return null;
  return {
    version: row.requirementsVersion,
    status: row.rescoreStatus,
    done: row.rescoreDone,
    total: row.rescoreTotal,
    startedAt: row.rescoreStartedAt?.toISOString() ?? null,
    finishedAt: row.rescoreFinishedAt?.toISOString() ?? null,
    error: row.rescoreError,
  };
}

export async function createJob(deps: HiringDeps, caller: Caller, workspaceId: string, body: CreateJobBody): Promise<Job> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'write');
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

/** One page of the jobs of a workspace, newest first, or of those matching `q` by full text, best first. */
export async function listJobs(deps: HiringDeps, caller: Caller, workspaceId: string, query: ListJobsQuery): Promise<JobPage> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'read');
  const filter = { workspaceId, status: query.status };
  if (query.q) {
    const found = await findJobsByText(deps.db, filter, query.q, query);
    return toPage(await toListItems(deps, found.rows.map(({ row }) => row)), found.total, query);
  }
  const { rows, total } = await findJobPage(deps.db, filter, query);
  return toPage(await toListItems(deps, rows), total, query);
}

/** Jobs as a list shows them: each with its number of candidates and best score. */
export async function toListItems(deps: HiringDeps, rows: readonly JobRow[]): Promise<JobListItem[]> {
  const tallies = await findCandidateTallies(deps.db, rows.map((row) => row.id));
  return rows.map((row) => ({ ...toJob(row), ...(tallies.get(row.id) ?? { candidates: 0, bestScore: null }) }));
}

export async function getJobRow(deps: HiringDeps, jobId: string): Promise<JobRow> {
  const row = await findJobById(deps.db, jobId);
  if (!row) throw new AppError('not_found', 'Job not found.');
  return row;
}

export async function getJob(deps: HiringDeps, caller: Caller, jobId: string): Promise<Job> {
  await authorize(deps.db, caller, { kind: 'job', id: jobId }, 'read');
  return toJob(await getJobRow(deps, jobId));
}

/**
 * A new description is parsed again unless the body brings its own requirements; whenever the requirements change, a
 * new version of them starts a background rescore of every candidate from the stored parsed CVs (decision 054), queued
 * with the change, so the answer comes at once with the rescore's status. A new title or description is embedded again
 * for semantic search.
 */
export async function changeJob(deps: HiringDeps, caller: Caller, jobId: string, body: UpdateJobBody): Promise<Job> {
  const access = await authorize(deps.db, caller, { kind: 'job', id: jobId }, 'write');
  const current = toJob(await getJobRow(deps, jobId));
  const title = body.title ?? current.title;
  const description = body.description ?? current.description;
  let requirements: JobRequirements | undefined;
  if (body.description !== undefined && body.description !== current.description && !body.requirements) {
    requirements = await deps.ai.parseRequirements({ title, description }, { userId: caller.userId, workspaceId: access.workspaceId });
  } else if (body.requirements) {
    requirements = { ...current.requirements, ...body.requirements };
  }
  const requirementsChanged = requirements !== undefined && JSON.stringify(requirements) !== JSON.stringify(current.requirements);
  const row = await deps.db.transaction(async (transaction) => {
    const updated = await updateJob(transaction, jobId, { title: body.title, description: body.description, status: body.status, blindScreening: body.blindScreening, requirements });
    return requirementsChanged ? await startRescore(deps, transaction, jobId, caller.userId) : updated;
  });
  if (title !== current.title || description !== current.description) await embedJob(deps, row);
  return toJob(row);
}

/** Scores every candidate again against the job's requirements as they stand (e.g. after the AI engine changed), in the background. */
export async function rescoreJob(deps: HiringDeps, caller: Caller, jobId: string): Promise<Rescore> {
  await authorize(deps.db, caller, { kind: 'job', id: jobId }, 'write');
  const row = await deps.db.transaction(async (transaction) => startRescore(deps, transaction, jobId, caller.userId));
  return toRescore(row)!;
}

async function startRescore(deps: HiringDeps, transaction: Db, jobId: string, requestedBy: string): Promise<JobRow> {
  const row = await startRescoreGeneration(transaction, jobId);
  if (!row) throw new AppError('not_found', 'Job not found.');
  await queueRescore(deps, { jobId, version: row.requirementsVersion, requestedBy }, transaction);
  return row;
}

export async function removeJob(deps: HiringDeps, caller: Caller, jobId: string): Promise<void> {
  await authorize(deps.db, caller, { kind: 'job', id: jobId }, 'write');
  await deleteJob(deps.db, jobId);
}
