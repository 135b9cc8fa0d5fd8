import { draftJobSchema, jobPageSchema, jobSchema, jobSearchSchema, rescoreSchema, type CreateJobBody, type DraftJob, type Job, type JobListItem, type JobStatus, type Rescore, type SearchMode, type UpdateJobBody } from '#shared/contracts/hiring.ts';
import { pageParams, type Page } from '#shared/contracts/common.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export type JobFilter = { q?: string; status?: JobStatus; page: number; pageSize: number };
/** One page of jobs: the workspace's newest first, or search results closest first (by meaning or by full text). */
export type JobResults = Page<JobListItem> & { mode: SearchMode | 'all' };

const workspaceJobs = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}/jobs`;
const jobPath = (jobId: string) => `/api/jobs/${encodeURIComponent(jobId)}`;

/** With a query, the jobs search API ranks the jobs; without one, the plain list. */
export async function findJobs(client: ApiClient, workspaceId: string, filter: JobFilter, signal?: AbortSignal): Promise<JobResults> {
  const query = pageParams(filter);
  if (filter.status) query.set('status', filter.status);
  if (!filter.q) return { ...(await client.get(`${workspaceJobs(workspaceId)}?${query.toString()}`, { schema: jobPageSchema, signal })), mode: 'all' };
  query.set('q', filter.q);
  return client.get(`${workspaceJobs(workspaceId)}/search?${query.toString()}`, { schema: jobSearchSchema, signal });
}

export function getJob(client: ApiClient, jobId: string): Promise<Job> {
  return client.get(jobPath(jobId), { schema: jobSchema });
}

export function createJob(client: ApiClient, workspaceId: string, body: CreateJobBody): Promise<Job> {
  return client.post(workspaceJobs(workspaceId), body, { schema: jobSchema });
}

export function updateJob(client: ApiClient, jobId: string, body: UpdateJobBody): Promise<Job> {
  return client.patch(jobPath(jobId), body, { schema: jobSchema });
}

/** Queues a rescore of every candidate against the requirements as they stand (the retry of a failed one). */
export function rescoreJob(client: ApiClient, jobId: string): Promise<Rescore> {
  return client.post(`${jobPath(jobId)}/rescore`, undefined, { schema: rescoreSchema });
}

export function deleteJob(client: ApiClient, jobId: string): Promise<void> {
  return client.delete(jobPath(jobId));
}

export function draftJob(client: ApiClient, workspaceId: string, body: { title: string; bullets: string[] }): Promise<DraftJob> {
  return client.post(`${workspaceJobs(workspaceId)}/draft`, body, { schema: draftJobSchema });
}
