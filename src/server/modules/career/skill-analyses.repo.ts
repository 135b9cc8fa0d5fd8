import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { jobPostings, skillAnalyses } from '#server/db/schema/index.ts';

export type SkillAnalysisRow = typeof skillAnalyses.$inferSelect;
export type SkillAnalysisChanges = Partial<Omit<typeof skillAnalyses.$inferInsert, 'id' | 'userId' | 'createdAt'>>;

export async function insertSkillAnalysis(db: Db, userId: string, values: SkillAnalysisChanges): Promise<SkillAnalysisRow> {
  const [row] = await db.insert(skillAnalyses).values({ ...values, userId }).returning();
  if (!row) throw new Error('insert into skill_analyses returned nothing');
  return row;
}

export async function findSkillAnalysis(db: Db, userId: string, analysisId: string): Promise<SkillAnalysisRow | undefined> {
  const [row] = await db.select().from(skillAnalyses).where(and(eq(skillAnalyses.userId, userId), eq(skillAnalyses.id, analysisId)));
  return row;
}

/** For the job, which acts on the id it is given. */
export async function findSkillAnalysisById(db: Db, analysisId: string): Promise<SkillAnalysisRow | undefined> {
  const [row] = await db.select().from(skillAnalyses).where(eq(skillAnalyses.id, analysisId));
  return row;
}

export async function findSkillAnalysisPage(db: Db, query: { userId: string; limit: number; offset: number }) {
  const where = eq(skillAnalyses.userId, query.userId);
  const rows = await db.select().from(skillAnalyses).where(where).orderBy(desc(skillAnalyses.createdAt), desc(skillAnalyses.id)).limit(query.limit).offset(query.offset);
  const [total] = await db.select({ value: count() }).from(skillAnalyses).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function findLatestCompletedAnalysis(db: Db, userId: string): Promise<SkillAnalysisRow | undefined> {
  const [row] = await db
    .select()
    .from(skillAnalyses)
    .where(and(eq(skillAnalyses.userId, userId), eq(skillAnalyses.status, 'completed')))
    .orderBy(desc(skillAnalyses.completedAt), desc(skillAnalyses.id))
    .limit(1);
  return row;
}

export async function updateSkillAnalysis(db: Db, analysisId: string, changes: SkillAnalysisChanges): Promise<void> {
  await db.update(skillAnalyses).set(changes).where(eq(skillAnalyses.id, analysisId));
}

/** Every analysis still to finish, of every user: start-up recovery checks that a job is running each. */
export async function findUnfinishedAnalysisIds(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: skillAnalyses.id })
    .from(skillAnalyses)
    .where(inArray(skillAnalyses.status, ['pending', 'running']))
    .orderBy(asc(skillAnalyses.createdAt));
  return rows.map((row) => row.id);
}

/** Processes starting at once take turns recovering the career work (see recover-career-work.ts). */
export async function waitForCareerRecoveryTurn(transaction: Db): Promise<void> {
  await transaction.execute(sql`select pg_advisory_xact_lock(hashtext('parley.career.recover'))`);
}

/** The user's target postings, oldest first (the order an analysis reads them in). */
export async function findTargetPostings(db: Db, userId: string) {
  return db
    .select()
    .from(jobPostings)
    .where(and(eq(jobPostings.addedBy, userId), eq(jobPostings.isTarget, true)))
    .orderBy(asc(jobPostings.createdAt), asc(jobPostings.id));
}

export async function findPostingsByIds(db: Db, userId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(jobPostings)
    .where(and(eq(jobPostings.addedBy, userId), inArray(jobPostings.id, ids)))
    .orderBy(asc(jobPostings.createdAt), asc(jobPostings.id));
}
