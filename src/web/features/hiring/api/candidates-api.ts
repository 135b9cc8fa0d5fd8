import { z } from 'zod';
import {
  candidateProfileSchema,
  candidateRowSchema,
  compareSchema,
  type CandidateProfile,
  type CandidateRow,
  type Recommendation,
} from '#shared/contracts/hiring.ts';
import type { ApiClient } from '#web/app/api-client.ts';

/** The ranking filters the server applies (the list and the exports take the same ones). */
export type CandidateFilter = { minScore?: number; recommendation?: Recommendation; skill?: string };

function candidateFilterQuery(filter: CandidateFilter): string {
  const query = new URLSearchParams();
  if (filter.minScore !== undefined && filter.minScore > 0) query.set('minScore', String(filter.minScore));
  if (filter.recommendation) query.set('recommendation', filter.recommendation);
  if (filter.skill) query.set('skill', filter.skill);
  return query.size > 0 ? `?${query.toString()}` : '';
}

const jobCandidates = (jobId: string) => `/api/jobs/${encodeURIComponent(jobId)}/candidates`;
const candidatePath = (candidateId: string) => `/api/candidates/${encodeURIComponent(candidateId)}`;

export function findCandidates(client: ApiClient, jobId: string, filter: CandidateFilter, signal?: AbortSignal): Promise<CandidateRow[]> {
  return client.get(`${jobCandidates(jobId)}${candidateFilterQuery(filter)}`, { schema: z.array(candidateRowSchema), signal });
}

/** Where the browser downloads the ranking as a spreadsheet (the server sends it as an attachment). */
export function exportUrl(jobId: string, filter: CandidateFilter, format: 'csv' | 'xlsx'): string {
  return `${jobCandidates(jobId)}.${format}${candidateFilterQuery(filter)}`;
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
