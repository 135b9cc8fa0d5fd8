import { pageParams } from '#shared/contracts/common.ts';
import {
  candidatePageSchema,
  candidateProfileSchema,
  compareSchema,
  type CandidatePage,
  type CandidateProfile,
  type CandidateRow,
  type CandidateSort,
  type Recommendation,
} from '#shared/contracts/hiring.ts';
import type { ApiClient } from '#web/app/api-client.ts';

/** The ranking's filters and order, applied by the server to every candidate (the list and the exports take the same ones). */
export type RankingView = { minScore?: number; recommendation?: Recommendation; skill?: string; status?: CandidateRow['status']; sort: CandidateSort };
/** One page of the ranking. */
export type RankingPageQuery = RankingView & { page: number; pageSize: number };

function rankingSearch(view: RankingView & Partial<Pick<RankingPageQuery, 'page' | 'pageSize'>>): string {
  const query = new URLSearchParams();
  if (view.minScore !== undefined && view.minScore > 0) query.set('minScore', String(view.minScore));
  if (view.recommendation) query.set('recommendation', view.recommendation);
  if (view.skill) query.set('skill', view.skill);
  if (view.status) query.set('status', view.status);
  if (view.sort !== 'score') query.set('sort', view.sort);
  if (view.page !== undefined && view.pageSize !== undefined) for (const [key, value] of pageParams({ page: view.page, pageSize: view.pageSize })) query.set(key, value);
  return query.size > 0 ? `?${query.toString()}` : '';
}

const jobCandidates = (jobId: string) => `/api/jobs/${encodeURIComponent(jobId)}/candidates`;
const candidatePath = (candidateId: string) => `/api/candidates/${encodeURIComponent(candidateId)}`;

export function findCandidates(client: ApiClient, jobId: string, query: RankingPageQuery, signal?: AbortSignal): Promise<CandidatePage> {
  return client.get(`${jobCandidates(jobId)}${rankingSearch(query)}`, { schema: candidatePageSchema, signal });
}

/** Where the browser downloads the whole ranking as a spreadsheet (the server sends it as an attachment). */
export function exportUrl(jobId: string, view: RankingView, format: 'csv' | 'xlsx'): string {
  return `${jobCandidates(jobId)}.${format}${rankingSearch(view)}`;
}

export function candidateFileUrl(candidateId: string): string {
  return `${candidatePath(candidateId)}/file`;
}

export function getCandidate(client: ApiClient, candidateId: string): Promise<CandidateProfile> {
  return client.get(candidatePath(candidateId), { schema: candidateProfileSchema });
}

export function compareCandidates(client: ApiClient, jobId: string, ids: readonly string[]): Promise<CandidateProfile[]> {
  const query = new URLSearchParams({ ids: ids.join(',') });
  return client.get(`${jobCandidates(jobId)}/compare?${query.toString()}`, { schema: compareSchema }).then((result) => result.candidates);
}

export function shortlistCandidate(client: ApiClient, candidateId: string): Promise<CandidateProfile> {
  return client.post(`${candidatePath(candidateId)}/shortlist`, undefined, { schema: candidateProfileSchema });
}

export function rejectCandidate(client: ApiClient, candidateId: string, reason: string): Promise<CandidateProfile> {
  return client.post(`${candidatePath(candidateId)}/reject`, { reason }, { schema: candidateProfileSchema });
}
