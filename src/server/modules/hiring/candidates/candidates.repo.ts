import { and, asc, count, desc, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { preparedPerDatabase } from '#server/db/prepared.ts';
import { candidates, jobs, resumeEntities, resumes, workspaces, type CandidateStatus } from '#server/db/schema/index.ts';
import type { PageQuery } from '#shared/contracts/common.ts';
import type { CandidateSort, Recommendation, RankingQuery } from '#shared/contracts/hiring.ts';
import { nameNotFound } from '#shared/hiring/candidate-label.ts';
import { revealingStages } from '#shared/hiring/stages.ts';

export type CandidateRecord = typeof candidates.$inferSelect & { fileName: string | null };

const withFile = { candidate: candidates, fileName: resumes.fileName };

/** What a row of the ranking shows (and what masking its reason needs): a page reads these, not the CV's parsed parts. */
export type CandidateRowRecord = Pick<
  CandidateRecord,
  'id' | 'name' | 'email' | 'phone' | 'fileName' | 'overallScore' | 'recommendation' | 'matchedSkills' | 'missingSkills' | 'additionalSkills' | 'status' | 'statusReason'
>;

const rowColumns = {
  id: candidates.id,
  name: candidates.name,
  email: candidates.email,
  phone: candidates.phone,
  fileName: resumes.fileName,
  overallScore: candidates.overallScore,
  recommendation: candidates.recommendation,
  matchedSkills: candidates.matchedSkills,
  missingSkills: candidates.missingSkills,
  additionalSkills: candidates.additionalSkills,
  status: candidates.status,
  statusReason: candidates.statusReason,
};

/** Which candidates of a job the ranking shows, and in what order; `blind` hides names, so they sort by their anonymous label. */
export type RankingFilter = Omit<RankingQuery, 'blind' | 'skill'> & { blind: boolean; /** Lower-cased names of one skill, any of which counts ("excel", "microsoft excel"). */ skillNames?: readonly string[] };

function matching(jobId: string, filter: RankingFilter): SQL {
  const conditions = [eq(candidates.jobId, jobId)];
  if (filter.recommendation) conditions.push(eq(candidates.recommendation, filter.recommendation));
  if (filter.status) conditions.push(eq(candidates.status, filter.status));
  if (filter.minScore !== undefined) conditions.push(gte(candidates.overallScore, filter.minScore));
  if (filter.skillNames && filter.skillNames.length > 0) {
    const names = sql.join(
      filter.skillNames.map((name) => sql`${name}`),
      sql`, `,
    );
    conditions.push(sql`exists (select 1 from unnest(${candidates.matchedSkills} || ${candidates.additionalSkills}) as s(name) where lower(s.name) in (${names}))`);
  }
  return and(...conditions)!;
}

/** True where blind screening shows the candidate (`revealsIdentity`, as SQL). */
export function revealed(): SQL<boolean> {
  return sql<boolean>`${candidates.status} in (${sql.join(
    revealingStages.map((stage) => sql`${stage}`),
    sql`, `,
  )})`;
}

/**
 * What a row is called, as `candidateLabel` (shared/hiring/candidate-label.ts) computes it: a hidden candidate by the
 * anonymous label made from its id, so sorting by name never gives away a hidden name.
 */
function label(blind: boolean): SQL<string> {
  const anonymous = sql`'Candidate ' || upper(substr(replace(${candidates.id}::text, '-', ''), 1, 6))`;
  const shown = sql`coalesce(${candidates.name}, ${nameNotFound})`;
  return blind ? sql<string>`lower(case when ${revealed()} then ${shown} else ${anonymous} end)` : sql<string>`lower(${shown})`;
}

const recommendationRanks: Record<Recommendation, number> = { 'Strong Hire': 4, Hire: 3, Maybe: 2, Pass: 1 };
const recommendationRank = sql<number>`case ${candidates.recommendation} ${sql.join(
  Object.entries(recommendationRanks).map(([name, rank]) => sql`when ${name} then ${sql.raw(String(rank))}`),
  sql` `,
)} else 0 end`;

/** Every order ends with the best score and then the id, so pages never overlap or skip a row. */
function ordering(sort: CandidateSort | undefined, blind: boolean): SQL[] {
  const best = [desc(candidates.overallScore), asc(candidates.createdAt), asc(candidates.id)];
  switch (sort) {
    case 'score':
    case undefined:
      return best;
    case '-score':
      return [asc(candidates.overallScore), asc(candidates.createdAt), asc(candidates.id)];
    case 'name':
      return [asc(label(blind)), ...best];
    case '-name':
      return [desc(label(blind)), ...best];
    case 'recommendation':
      return [desc(recommendationRank), ...best];
    case '-recommendation':
      return [asc(recommendationRank), asc(candidates.overallScore), asc(candidates.createdAt), asc(candidates.id)];
    case 'createdAt':
      return [asc(candidates.createdAt), asc(candidates.id)];
  }
}

/** Blind screening applies when the job or its whole workspace turned it on (on a row of jobs joined with its workspace). */
const blindScreeningOn = sql<boolean>`(${jobs.blindScreening} or ${workspaces.blindScreening})`;

/**
 * The ranking as it opens (no filter, best score first), the page every visit starts with: prepared, with the count of
 * the job's candidates and its blind flag in the same statement, one round trip (decision 056).
 */
const openingPage = preparedPerDatabase((db) =>
  db
    .select({
      ...rowColumns,
      total: db.$count(candidates, eq(candidates.jobId, sql.placeholder('jobId'))),
      blindScreening: sql<boolean>`(select ${blindScreeningOn} from ${jobs} inner join ${workspaces} on ${workspaces.id} = ${jobs.workspaceId} where ${jobs.id} = ${sql.placeholder('jobId')})`,
    })
    .from(candidates)
    .leftJoin(resumes, eq(resumes.id, candidates.resumeId))
    .where(eq(candidates.jobId, sql.placeholder('jobId')))
    .orderBy(...ordering(undefined, false))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare('hiring_ranking_opening_page'),
);
const jobCandidateCount = preparedPerDatabase((db) =>
  db
    .select({ total: count() })
    .from(candidates)
    .where(eq(candidates.jobId, sql.placeholder('jobId')))
    .prepare('hiring_job_candidate_count'),
);

/**
 * A page of the ranking as it opens (what `findCandidatePage` gives with no filter and the default order), with whether
 * blind screening is on for the job (`isBlindJob`; false on a page with no row, which has nothing to hide).
 */
export async function findOpeningPage(db: Db, jobId: string, page: PageQuery): Promise<{ rows: CandidateRowRecord[]; total: number; blindScreening: boolean }> {
  const { limit, offset } = page;
  const found = await openingPage(db).execute({ jobId, limit, offset });
  const rows = found.map(({ total: _total, blindScreening: _blind, ...row }) => row);
  const [first] = found;
  if (first) return { rows, total: first.total, blindScreening: Boolean(first.blindScreening) };
  // A page past the end has no row to carry the count.
  const [counted] = offset > 0 ? await jobCandidateCount(db).execute({ jobId }) : [];
  return { rows, total: counted?.total ?? 0, blindScreening: false };
}

/**
 * One page of a job's ranking, sorted and cut in the database, and how many candidates match the filters. Only the
 * row's columns are read: whole rows (profile, experience, evidence, the embedding) cost the page three times as much
 * to fetch and decode (decision 053).
 */
export async function findCandidatePage(db: Db, jobId: string, filter: RankingFilter, page: PageQuery): Promise<{ rows: CandidateRowRecord[]; total: number }> {
  const { limit, offset } = page;
  const where = matching(jobId, filter);
  const [rows, [counted]] = await Promise.all([
    db
      .select(rowColumns)
      .from(candidates)
      .leftJoin(resumes, eq(resumes.id, candidates.resumeId))
      .where(where)
      .orderBy(...ordering(filter.sort, filter.blind))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(candidates).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

/** Every candidate of a job's ranking, in its order (the exports and re-scoring take them all). */
export async function findJobCandidates(db: Db, jobId: string, filter: RankingFilter): Promise<CandidateRecord[]> {
  const rows = await db
    .select(withFile)
    .from(candidates)
    .leftJoin(resumes, eq(resumes.id, candidates.resumeId))
    .where(matching(jobId, filter))
    .orderBy(...ordering(filter.sort, filter.blind));
  return rows.map((row) => ({ ...row.candidate, fileName: row.fileName }));
}

export async function isBlindJob(db: Db, jobId: string): Promise<boolean> {
  const [row] = await db.select({ blind: blindScreeningOn }).from(jobs).innerJoin(workspaces, eq(workspaces.id, jobs.workspaceId)).where(eq(jobs.id, jobId));
  return Boolean(row?.blind);
}

export async function findCandidateById(db: Db, candidateId: string): Promise<CandidateRecord | undefined> {
  const [row] = await db.select(withFile).from(candidates).leftJoin(resumes, eq(resumes.id, candidates.resumeId)).where(eq(candidates.id, candidateId));
  return row && { ...row.candidate, fileName: row.fileName };
}

export async function findCandidatesByIds(db: Db, jobId: string, ids: readonly string[]): Promise<CandidateRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(withFile)
    .from(candidates)
    .leftJoin(resumes, eq(resumes.id, candidates.resumeId))
    .where(and(eq(candidates.jobId, jobId), inArray(candidates.id, [...ids])));
  return rows.map((row) => ({ ...row.candidate, fileName: row.fileName }));
}

export async function findCandidateResume(db: Db, resumeId: string) {
  const [resume] = await db
    .select({ rawText: resumes.rawText, storagePath: resumes.storagePath, fileName: resumes.fileName, mimeType: resumes.mimeType })
    .from(resumes)
    .where(eq(resumes.id, resumeId));
  const entities = await db
    .select({ type: resumeEntities.entityType, text: resumeEntities.value, start: resumeEntities.startOffset, end: resumeEntities.endOffset, confidence: resumeEntities.confidence })
    .from(resumeEntities)
    .where(eq(resumeEntities.resumeId, resumeId))
    .orderBy(asc(resumeEntities.startOffset));
  return resume ? { ...resume, entities } : undefined;
}

/** Records a recruiter's decision: the status, the reason, who decided and when (for analytics, decision 045). */
export async function setCandidateStatus(db: Db, candidateId: string, decision: { status: CandidateStatus; reason: string | null; decidedBy: string; decidedAt: Date }): Promise<void> {
  await db
    .update(candidates)
    .set({ status: decision.status, statusReason: decision.reason, decidedBy: decision.decidedBy, decidedAt: decision.decidedAt })
    .where(eq(candidates.id, candidateId));
}

export async function updateCandidateScore(db: Db, candidateId: string, values: Partial<typeof candidates.$inferInsert>): Promise<void> {
  await db.update(candidates).set(values).where(eq(candidates.id, candidateId));
}
