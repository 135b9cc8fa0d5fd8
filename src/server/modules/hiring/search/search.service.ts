import { AppError } from '#server/platform/errors.ts';
import type { CandidateSearch, JobSearch, SearchCandidatesQuery, SearchJobsQuery } from '#shared/contracts/hiring.ts';
import { requireJobAccess, requireWorkspaceAccess, type Caller } from '../access.ts';
import { toCandidateRow } from '../candidates/candidate-views.ts';
import type { HiringDeps } from '../hiring-deps.ts';
import { toJob } from '../jobs/jobs.service.ts';
import { embedText } from './embed-records.ts';
import { findCandidatesByText, findJobsByText, findSimilarCandidates, findSimilarJobs, hasVectorColumns, type VectorQuery } from './search.repo.ts';

const defaultLimit = 20;

/** The query's embedding when a provider is configured and answers; otherwise search falls back to full text. */
async function embedQuery(deps: HiringDeps, q: string, what: string): Promise<VectorQuery | undefined> {
  const embedding = await embedText(deps, q, { search: what });
  return embedding && { ...embedding, pgvector: await hasVectorColumns(deps.db) };
}

const rounded = (score: number) => Math.round(score * 10_000) / 10_000;

/** Jobs of a workspace closest to the query: by meaning with an embedding provider, by full-text search without. */
export async function searchJobs(deps: HiringDeps, caller: Caller, workspaceId: string, query: SearchJobsQuery): Promise<JobSearch> {
  await requireWorkspaceAccess(deps.db, caller, workspaceId, 'read');
  const filter = { workspaceId, status: query.status };
  const limit = query.limit ?? defaultLimit;
  const vector = await embedQuery(deps, query.q, 'jobs');
  const rows = vector ? await findSimilarJobs(deps.db, filter, vector, limit) : await findJobsByText(deps.db, filter, query.q, limit);
  return { mode: vector ? 'semantic' : 'fulltext', results: rows.map(({ row, score }) => ({ ...toJob(row), score: rounded(score) })) };
}

/**
 * Candidates of a workspace (or of one of its jobs) whose skills and experience are closest to the query. Blind
 * screening masks each row as the job's ranking would.
 */
export async function searchCandidates(deps: HiringDeps, caller: Caller, workspaceId: string, query: SearchCandidatesQuery): Promise<CandidateSearch> {
  await requireWorkspaceAccess(deps.db, caller, workspaceId, 'read');
  if (query.jobId && (await requireJobAccess(deps.db, caller, query.jobId, 'read')).workspaceId !== workspaceId) {
    throw new AppError('not_found', 'Job not found.');
  }
  const filter = { workspaceId, jobId: query.jobId, limit: query.limit ?? defaultLimit };
  const vector = await embedQuery(deps, query.q, 'candidates');
  const found = vector ? await findSimilarCandidates(deps.db, filter, vector) : await findCandidatesByText(deps.db, filter, query.q);
  return {
    mode: vector ? 'semantic' : 'fulltext',
    results: found.map(({ record, jobTitle, blind, score }) => ({
      ...toCandidateRow(record, blind || query.blind === 'true'),
      jobId: record.jobId,
      jobTitle,
      score: rounded(score),
    })),
  };
}
