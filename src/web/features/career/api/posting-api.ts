import {
  jobExperienceLinksSchema,
  jobMatchesSchema,
  jobPostingPageSchema,
  jobPostingSchema,
  tailoredSummarySchema,
  type CreateJobPostingBody,
  type JobExperienceLinks,
  type JobMatches,
  type JobPosting,
  type JobPostingPage,
  type TailoredSummary,
} from '#shared/contracts/career-jobs.ts';
import { pageParams, type PageNumber } from '#shared/contracts/common.ts';
import type { ApiClient } from '#web/app/api-client.ts';

const one = (id: string) => `/api/career/job-postings/${encodeURIComponent(id)}`;

export function findPostings(client: ApiClient, page: PageNumber): Promise<JobPostingPage> {
  return client.get(`/api/career/job-postings?${pageParams(page).toString()}`, { schema: jobPostingPageSchema });
}
export function getPosting(client: ApiClient, id: string): Promise<JobPosting> {
  return client.get(one(id), { schema: jobPostingSchema });
}
export function createPosting(client: ApiClient, body: CreateJobPostingBody): Promise<JobPosting> {
  return client.post('/api/career/job-postings', body, { schema: jobPostingSchema });
}
export function deletePosting(client: ApiClient, id: string): Promise<void> {
  return client.delete(one(id));
}
export function getMatches(client: ApiClient, id: string): Promise<JobMatches> {
  return client.get(`${one(id)}/matches`, { schema: jobMatchesSchema });
}
export function findLinks(client: ApiClient, id: string): Promise<JobExperienceLinks> {
  return client.get(`${one(id)}/experiences`, { schema: jobExperienceLinksSchema });
}
export function saveLink(client: ApiClient, id: string, experienceId: string): Promise<JobExperienceLinks> {
  return client.put(`${one(id)}/experiences/${encodeURIComponent(experienceId)}`, {}, { schema: jobExperienceLinksSchema });
}
export function removeLink(client: ApiClient, id: string, experienceId: string): Promise<void> {
  return client.delete(`${one(id)}/experiences/${encodeURIComponent(experienceId)}`);
}
export function draftSummary(client: ApiClient, id: string): Promise<TailoredSummary> {
  return client.post(`${one(id)}/summary`, undefined, { schema: tailoredSummarySchema });
}
