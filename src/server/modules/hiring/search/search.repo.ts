import { and, count, desc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '#server/db/client.ts';
import { candidates, jobs, resumes, workspaces, type JobStatus } from '#server/db/schema/index.ts';
import type { PageQuery } from '#shared/contracts/common.ts';
import type { CandidateRecord } from '#server/modules/hiring/candidates/candidates.repo.ts';
import type { JobRow } from '#server/modules/hiring/jobs/jobs.repo.ts';
import type { StoredEmbedding } from './embeddings.repo.ts';
import { candidateDocumentPaths } from './search-documents.ts';

/** A vector to compare with, and how: pgvector's `<=>` on embedding_vec where the column exists, SQL over real[] elsewhere. */
export type VectorQuery = StoredEmbedding & { pgvector: boolean };
export type JobFilter = { workspaceId: string; status?: JobStatus };
export type CandidateFilter = { workspaceId: string; jobId?: string };
export type Scored<T> = T & { score: number };
export type FoundJob = Scored<{ row: JobRow }>;
export type FoundCandidate = Scored<{ record: CandidateRecord; jobTitle: string; blind: boolean }>;
/** One page of what a search found, closest first, and how many it found in all. */
export type Found<T> = { rows: T[]; total: number };

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

/** One page of jobs closest to the query by meaning, and how many share anything with it. */
export function findSimilarJobs(db: Db, filter: JobFilter, query: VectorQuery, page: PageQuery): Promise<Found<FoundJob>> {
  return findJobs(db, and(...jobConditions(filter), comparable(jobs, query))!, similarity(jobs, query), page);
}

const jobWords = sql`to_tsvector('english', ${jobs.title} || ' ' || ${jobs.description})`;

/** Full-text search over title and description (the same expression as the jobs_search_idx GIN index), best rank first. */
export function findJobsByText(db: Db, filter: JobFilter, q: string, page: PageQuery): Promise<Found<FoundJob>> {
  const query = sql`websearch_to_tsquery('english', ${q})`;
  return findJobs(db, and(...jobConditions(filter), sql`${jobWords} @@ ${query}`)!, sql<number>`ts_rank(${jobWords}, ${query})`, page);
}

async function findJobs(db: Db, where: SQL, score: SQL<number>, page: PageQuery): Promise<Found<FoundJob>> {
  const { limit, offset } = page;
  const [rows, [counted]] = await Promise.all([
    db.select({ row: jobs, score }).from(jobs).where(where).orderBy(desc(score), desc(jobs.createdAt), desc(jobs.id)).limit(limit).offset(offset),
    db.select({ total: count() }).from(jobs).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

async function findCandidates(db: Db, filter: CandidateFilter, match: SQL, score: SQL<number>, page: PageQuery): Promise<Found<FoundCandidate>> {
  const where = and(eq(candidates.workspaceId, filter.workspaceId), filter.jobId ? eq(candidates.jobId, filter.jobId) : undefined, match);
  const { limit, offset } = page;
  const [rows, [counted]] = await Promise.all([
    db
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
      .where(where)
      .orderBy(desc(score), desc(candidates.overallScore), desc(candidates.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(candidates).where(where),
  ]);
  return {
    rows: rows.map((row) => ({ record: { ...row.candidate, fileName: row.fileName }, jobTitle: row.jobTitle, blind: row.blind, score: row.score })),
    total: counted?.total ?? 0,
  };
}

export function findSimilarCandidates(db: Db, filter: CandidateFilter, query: VectorQuery, page: PageQuery): Promise<Found<FoundCandidate>> {
  return findCandidates(db, filter, comparable(candidates, query), similarity(candidates, query), page);
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

export function findCandidatesByText(db: Db, filter: CandidateFilter, q: string, page: PageQuery): Promise<Found<FoundCandidate>> {
  const query = sql`websearch_to_tsquery('english', ${q})`;
  return findCandidates(db, filter, sql`${candidateText} @@ ${query}`, sql<number>`ts_rank(${candidateText}, ${query})`, page);
}
