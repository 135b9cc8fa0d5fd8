import type { QueryClient } from '@tanstack/react-query';
import type { PageNumber } from '#shared/contracts/common.ts';
import type { RankingPageQuery } from '#web/features/hiring/api/candidates-api.ts';
import type { JobFilter } from '#web/features/hiring/api/jobs-api.ts';

/** Every hiring query lives under ['hiring', kind, ...]. */
export const hiringKeys = {
  jobs: (workspaceId: string, filter: JobFilter) => ['hiring', 'jobs', workspaceId, filter] as const,
  allJobs: ['hiring', 'jobs'] as const,
  job: (jobId: string) => ['hiring', 'job', jobId] as const,
  candidates: (jobId: string, query: RankingPageQuery) => ['hiring', 'candidates', jobId, query] as const,
  jobCandidates: (jobId: string) => ['hiring', 'candidates', jobId] as const,
  candidate: (candidateId: string) => ['hiring', 'candidate', candidateId] as const,
  compare: (jobId: string, ids: readonly string[]) => ['hiring', 'compare', jobId, ids] as const,
  jobCompares: (jobId: string) => ['hiring', 'compare', jobId] as const,
  batches: (jobId: string, page: PageNumber) => ['hiring', 'batches', jobId, page] as const,
  jobBatches: (jobId: string) => ['hiring', 'batches', jobId] as const,
  batch: (batchId: string) => ['hiring', 'batch', batchId] as const,
};

const candidateViews = new Set(['candidates', 'candidate', 'compare', 'batch', 'batches']);

/**
 * After a job changes (requirements re-scored, blind screening turned on or off) every view of candidates is
 * dropped and fetched again, so no stale score, name or file name stays on screen while the new answer loads.
 */
export function resetCandidateViews(queryClient: QueryClient): Promise<void> {
  return queryClient.resetQueries({ predicate: (query) => query.queryKey[0] === 'hiring' && candidateViews.has(String(query.queryKey[1])) });
}
