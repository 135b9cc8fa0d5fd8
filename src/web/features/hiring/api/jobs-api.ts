import { z } from 'zod';
import { draftJobSchema, jobSchema, jobSearchSchema, type CreateJobBody, type DraftJob, type Job, type SearchMode, type UpdateJobBody } from '#shared/contracts/hiring.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export type JobFilter = { q?: string; status?: Job['status'] };
/** A job list: the workspace's jobs newest first, or search results closest first (by meaning or by full text). */
export type JobList = { jobs: Job[]; mode: SearchMode | 'all' };

const workspaceJobs = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}/jobs`;
const jobPath = (jobId: string) => `/api/jobs/${encodeURIComponent(jobId)}`;

/** With a query, the jobs search API ranks the jobs; without one, the plain list. */
export async function findJobs(client: ApiClient, workspaceId: string, filter: JobFilter, signal?: AbortSignal): Promise<JobList> {
  const query = new URLSearchParams();
  if (filter.status) query.set('status', filter.status);
  if (!filter.q) {
    const search = query.size > 0 ? `?${query.toString()}` : '';
    return { jobs: await client.get(`${workspaceJobs(workspaceId)}${search}`, { schema: z.array(jobSchema), signal }), mode: 'all' };
  }
  query.set('q', filter.q);
  const found = await client.get(`${workspaceJobs(workspaceId)}/search?${query.toString()}`, { schema: jobSearchSchema, signal });
  return { jobs: found.results, mode: found.mode };
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

export function deleteJob(client: ApiClient, jobId: string): Promise<void> {
  return client.delete(jobPath(jobId));
}

export function draftJob(client: ApiClient, workspaceId: string, body: { title: string; bullets: string[] }): Promise<DraftJob> {
  return client.post(`${workspaceJobs(workspaceId)}/draft`, body, { schema: draftJobSchema });
}
