import { and, desc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '#server/db/client.ts';
import { candidates, jobs, resumes, workspaces, type JobStatus } from '#server/db/schema/index.ts';
import type { CandidateRecord } from '../candidates/candidates.repo.ts';
import type { JobRow } from '../jobs/jobs.repo.ts';
import type { StoredEmbedding } from './embeddings.repo.ts';
import { candidateDocumentPaths } from './search-documents.ts';

/** A vector to compare with, and how: pgvector's `<=>` on embedding_vec where the column exists, SQL over real[] elsewhere. */
export type VectorQuery = StoredEmbedding & { pgvector: boolean };
export type JobFilter = { workspaceId: string; status?: JobStatus };
export type CandidateFilter = { workspaceId: string; jobId?: string; limit: number };
export type Scored<T> = T & { score: number };
export type FoundCandidate = Scored<{ record: CandidateRecord; jobTitle: string; blind: boolean }>;

/** The vector columns exist where pgvector was installed when the database was migrated (sql/vector-support.sql). */
export async function hasVectorColumns(db: Db): Promise<boolean> {
  const rows = await selectRows<{ present: boolean }>(
    db,
    sql`select exists (select 1 from information_schema.columns
          where table_schema = current_schema() and table_name = 'jobs' and column_name = 'embedding_vec') as present`,
  );
  return rows[0]?.present === true;
}

type EmbeddedTable = typeof jobs | typeof candidates;

/** Cosine similarity of each row's embedding with the query's, -1 to 1. */
function similarity(table: EmbeddedTable, query: VectorQuery): SQL<number> {
  const literal = `{${query.vector.join(',')}}`;
  return query.pgvector
    ? sql<number>`(1 - (${table}.embedding_vec <=> ${literal}::real[]::vector))`
    : sql<number>`parley_cosine_similarity(${table.embedding}, ${literal}::real[])`;
}

/** Rows embedded by the same model (same dimension, so `<=>` never meets another size) that share anything at all. */
function comparable(table: EmbeddedTable, query: VectorQuery): SQL {
  return and(eq(table.embeddingModel, query.model), sql`cardinality(${table.embedding}) = ${query.vector.length}`, gt(similarity(table, query), 0))!;
}

function jobConditions(filter: JobFilter): SQL[] {
  return [eq(jobs.workspaceId, filter.workspaceId), ...(filter.status ? [eq(jobs.status, filter.status)] : [])];
}

export async function findSimilarJobs(db: Db, filter: JobFilter, query: VectorQuery, limit: number): Promise<Scored<{ row: JobRow }>[]> {
  const score = similarity(jobs, query);
  return db
    .select({ row: jobs, score })
    .from(jobs)
    .where(and(...jobConditions(filter), comparable(jobs, query)))
    .orderBy(desc(score), desc(jobs.createdAt))
    .limit(limit);
}

/** Full-text search over title and description (the same expression as the jobs_search_idx GIN index); no limit: all. */
export async function findJobsByText(db: Db, filter: JobFilter, q: string, limit?: number): Promise<Scored<{ row: JobRow }>[]> {
  const document = sql`to_tsvector('english', ${jobs.title} || ' ' || ${jobs.description})`;
  const query = sql`websearch_to_tsquery('english', ${q})`;
  const score = sql<number>`ts_rank(${document}, ${query})`;
  const found = db
    .select({ row: jobs, score })
    .from(jobs)
    .where(and(...jobConditions(filter), sql`${document} @@ ${query}`))
    .orderBy(desc(score), desc(jobs.createdAt));
  return limit === undefined ? found : found.limit(limit);
}

async function findCandidates(db: Db, filter: CandidateFilter, match: SQL, score: SQL<number>): Promise<FoundCandidate[]> {
  const rows = await db
    .select({
      candidate: candidates,
      fileName: resumes.fileName,
      jobTitle: jobs.title,
      blind: sql<boolean>`(${jobs.blindScreening} or ${workspaces.blindScreening})`,
      score,
    })
    .from(candidates)
    .innerJoin(jobs, eq(jobs.id, candidates.jobId))
    .innerJoin(workspaces, eq(workspaces.id, candidates.workspaceId))
    .leftJoin(resumes, eq(resumes.id, candidates.resumeId))
    .where(and(eq(candidates.workspaceId, filter.workspaceId), ...(filter.jobId ? [eq(candidates.jobId, filter.jobId)] : []), match))
    .orderBy(desc(score), desc(candidates.overallScore))
    .limit(filter.limit);
  return rows.map((row) => ({ record: { ...row.candidate, fileName: row.fileName }, jobTitle: row.jobTitle, blind: row.blind, score: row.score }));
}

export function findSimilarCandidates(db: Db, filter: CandidateFilter, query: VectorQuery): Promise<FoundCandidate[]> {
  return findCandidates(db, filter, comparable(candidates, query), similarity(candidates, query));
}

/**
 * The words of a candidate's skills and experience (the paths semantic search embeds), without the words of their
 * name: a search for a person's name finds nobody, so blind screening cannot be side-stepped by searching.
 */
const candidateText = sql`ts_delete(
  to_tsvector('english', jsonb_build_array(${sql.join(
    candidateDocumentPaths.map((path) => sql`jsonb_path_query_array(${candidates.profile}, ${sql.raw(`'$.${path}'`)})`),
    sql`, `,
  )})),
  tsvector_to_array(to_tsvector('english', coalesce(${candidates.name}, ''))))`;

export function findCandidatesByText(db: Db, filter: CandidateFilter, q: string): Promise<FoundCandidate[]> {
  const query = sql`websearch_to_tsquery('english', ${q})`;
  return findCandidates(db, filter, sql`${candidateText} @@ ${query}`, sql<number>`ts_rank(${candidateText}, ${query})`);
}
