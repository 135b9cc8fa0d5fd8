import { authorize, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { toPage } from '#shared/contracts/common.ts';
import type { CandidateSearch, JobSearch, SearchCandidatesQuery, SearchJobsQuery } from '#shared/contracts/hiring.ts';
import { toCandidateRow } from '#server/modules/hiring/candidates/candidate-views.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { toListItems } from '#server/modules/hiring/jobs/jobs.service.ts';
import { embedText } from './embed-records.ts';
import { findCandidatesByText, findJobsByText, findSimilarCandidates, findSimilarJobs, hasVectorColumns, type VectorQuery } from './search.repo.ts';

/** The query's embedding when a provider is configured and answers; otherwise search falls back to full text. */
async function embedQuery(deps: HiringDeps, q: string, what: string): Promise<VectorQuery | undefined> {
  const embedding = await embedText(deps, q, { search: what });
  return embedding && { ...embedding, pgvector: await hasVectorColumns(deps.db) };
}

const rounded = (score: number) => Math.round(score * 10_000) / 10_000;

/** Jobs of a workspace closest to the query: by meaning with an embedding provider, by full-text search without. */
export async function searchJobs(deps: HiringDeps, caller: Caller, workspaceId: string, query: SearchJobsQuery): Promise<JobSearch> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'read');
  const filter = { workspaceId, status: query.status };
  const vector = await embedQuery(deps, query.q, 'jobs');
  const found = vector ? await findSimilarJobs(deps.db, filter, vector, query) : await findJobsByText(deps.db, filter, query.q, query);
  const listed = await toListItems(deps, found.rows.map(({ row }) => row));
  const items = found.rows.map(({ score }, index) => ({ ...listed[index]!, score: rounded(score) }));
  return { mode: vector ? 'semantic' : 'fulltext', ...toPage(items, found.total, query) };
}

/**
 * Candidates of a workspace (or of one of its jobs) whose skills and experience are closest to the query. Blind
 * screening masks each row as the job's ranking would.
 */
export async function searchCandidates(deps: HiringDeps, caller: Caller, workspaceId: string, query: SearchCandidatesQuery): Promise<CandidateSearch> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'read');
  if (query.jobId && (await authorize(deps.db, caller, { kind: 'job', id: query.jobId }, 'read')).workspaceId !== workspaceId) {
    throw new AppError('not_found', 'Job not found.');
  }
  const filter = { workspaceId, jobId: query.jobId };
  const vector = await embedQuery(deps, query.q, 'candidates');
  const found = vector ? await findSimilarCandidates(deps.db, filter, vector, query) : await findCandidatesByText(deps.db, filter, query.q, query);
  const items = found.rows.map(({ record, jobTitle, blind, score }) => ({
    ...toCandidateRow(record, blind || query.blind === 'true'),
    jobId: record.jobId,
    jobTitle,
    score: rounded(score),
  }));
  return { mode: vector ? 'semantic' : 'fulltext', ...toPage(items, found.total, query) };
}
