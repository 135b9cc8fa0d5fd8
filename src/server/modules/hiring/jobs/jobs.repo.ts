import { and, count, desc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { candidates, jobs, type JobStatus } from '#server/db/schema/index.ts';
import type { PageQuery } from '#shared/contracts/common.ts';
import type { JobRequirements } from '#shared/contracts/hiring.ts';

export type JobRow = typeof jobs.$inferSelect;
export type NewJob = {
  workspaceId: string;
  createdBy: string;
  title: string;
  description: string;
  requirements: JobRequirements;
  status: JobStatus;
  blindScreening: boolean;
};
type StoredRequirements = (typeof jobs.$inferInsert)['requirements'];

export type JobChanges = Partial<Pick<JobRow, 'title' | 'description' | 'status' | 'blindScreening'>> & { requirements?: JobRequirements };

export async function insertJob(db: Db, job: NewJob): Promise<JobRow> {
  const [row] = await db
    .insert(jobs)
    .values({ ...job, requirements: job.requirements as StoredRequirements, location: job.requirements.location, remote: job.requirements.workMode === 'remote' })
    .returning();
  return row!;
}

export async function findJobById(db: Db, jobId: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, jobId));
  return row;
}

/** One page of the jobs of a workspace, newest first, and how many there are (full-text and semantic search are in search/search.repo.ts). */
export async function findJobPage(db: Db, filter: { workspaceId: string; status?: JobStatus }, page: PageQuery): Promise<{ rows: JobRow[]; total: number }> {
  const where = and(eq(jobs.workspaceId, filter.workspaceId), filter.status ? eq(jobs.status, filter.status) : undefined);
  const { limit, offset } = page;
  const [rows, [counted]] = await Promise.all([
    db.select().from(jobs).where(where).orderBy(desc(jobs.createdAt), desc(jobs.id)).limit(limit).offset(offset),
    db.select({ total: count() }).from(jobs).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

export async function updateJob(db: Db, jobId: string, changes: JobChanges): Promise<JobRow> {
  const { requirements, ...rest } = changes;
  const located = requirements ? { requirements: requirements as StoredRequirements, location: requirements.location, remote: requirements.workMode === 'remote' } : {};
  const [row] = await db
    .update(jobs)
    .set({ ...rest, ...located })
    .where(eq(jobs.id, jobId))
    .returning();
  return row!;
}

export async function deleteJob(db: Db, jobId: string): Promise<void> {
  await db.delete(jobs).where(eq(jobs.id, jobId));
}

/** How many candidates each job has and its best score, for the jobs of one list page. */
export async function findCandidateTallies(db: Db, jobIds: readonly string[]): Promise<Map<string, { candidates: number; bestScore: number | null }>> {
  if (jobIds.length === 0) return new Map();
  const rows = await db
    .select({ jobId: candidates.jobId, candidates: count(), bestScore: max(candidates.overallScore) })
    .from(candidates)
    .where(inArray(candidates.jobId, [...jobIds]))
    .groupBy(candidates.jobId);
  return new Map(rows.map((row) => [row.jobId, { candidates: row.candidates, bestScore: row.bestScore }]));
}
