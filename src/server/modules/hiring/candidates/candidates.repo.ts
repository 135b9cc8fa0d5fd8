import { and, asc, desc, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { candidates, resumeEntities, resumes, type CandidateStatus } from '#server/db/schema/index.ts';
import type { ListCandidatesQuery } from '#shared/contracts/hiring.ts';

export type CandidateRecord = typeof candidates.$inferSelect & { fileName: string | null };

const withFile = { candidate: candidates, fileName: resumes.fileName };

/** The orders the database sorts in; by name is the service's, since blind screening decides what a name is. */
export type CandidateOrder = Exclude<ListCandidatesQuery['sort'], 'name'>;
export type CandidateQuery = Omit<ListCandidatesQuery, 'sort' | 'blind'> & { sort?: CandidateOrder };

function ordering(sort: CandidateOrder): SQL[] {
  switch (sort) {
    case 'createdAt':
      return [asc(candidates.createdAt)];
    case '-score':
      return [asc(candidates.overallScore), asc(candidates.createdAt)];
    case 'score':
    case undefined:
      return [desc(candidates.overallScore), asc(candidates.createdAt)];
  }
}

export async function findJobCandidates(db: Db, jobId: string, query: CandidateQuery): Promise<CandidateRecord[]> {
  const conditions = [eq(candidates.jobId, jobId)];
  if (query.recommendation) conditions.push(eq(candidates.recommendation, query.recommendation));
  if (query.status) conditions.push(eq(candidates.status, query.status));
  if (query.minScore !== undefined) conditions.push(gte(candidates.overallScore, query.minScore));
  if (query.skill) {
    const skill = query.skill.toLowerCase();
    conditions.push(sql`exists (select 1 from unnest(${candidates.matchedSkills} || ${candidates.additionalSkills}) as s(name) where lower(s.name) = ${skill})`);
  }
  const rows = await db
    .select(withFile)
    .from(candidates)
    .leftJoin(resumes, eq(resumes.id, candidates.resumeId))
    .where(and(...conditions))
    .orderBy(...ordering(query.sort));
  return rows.map((row) => ({ ...row.candidate, fileName: row.fileName }));
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

export async function setCandidateStatus(db: Db, candidateId: string, status: CandidateStatus, reason: string | null): Promise<void> {
  await db.update(candidates).set({ status, statusReason: reason }).where(eq(candidates.id, candidateId));
}

export async function updateCandidateScore(db: Db, candidateId: string, values: Partial<typeof candidates.$inferInsert>): Promise<void> {
  await db.update(candidates).set(values).where(eq(candidates.id, candidateId));
}
