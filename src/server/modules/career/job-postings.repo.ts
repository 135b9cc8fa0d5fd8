import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { jobPostings } from '#server/db/schema/index.ts';

export type JobPostingRow = typeof jobPostings.$inferSelect;
export type NewJobPosting = Omit<typeof jobPostings.$inferInsert, 'id' | 'addedBy' | 'createdAt' | 'updatedAt'>;

export async function insertJobPosting(db: Db, userId: string, values: NewJobPosting): Promise<JobPostingRow> {
  const [row] = await db.insert(jobPostings).values({ ...values, addedBy: userId }).returning();
  if (!row) throw new Error('insert into job_postings returned nothing');
  return row;
}

export async function findJobPosting(db: Db, userId: string, jobPostingId: string): Promise<JobPostingRow | undefined> {
  const [row] = await db.select().from(jobPostings).where(and(eq(jobPostings.addedBy, userId), eq(jobPostings.id, jobPostingId)));
  return row;
}

export async function findJobPostingPage(db: Db, query: { userId: string; limit: number; offset: number }) {
  const where = eq(jobPostings.addedBy, query.userId);
  const rows = await db.select().from(jobPostings).where(where).orderBy(desc(jobPostings.createdAt), desc(jobPostings.id)).limit(query.limit).offset(query.offset);
  const [total] = await db.select({ value: count() }).from(jobPostings).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function updateJobPosting(db: Db, userId: string, jobPostingId: string, changes: Partial<Pick<JobPostingRow, 'isTarget' | 'jobTitle' | 'companyName'>>) {
  if (Object.keys(changes).length === 0) return findJobPosting(db, userId, jobPostingId);
  const [row] = await db.update(jobPostings).set(changes).where(and(eq(jobPostings.addedBy, userId), eq(jobPostings.id, jobPostingId))).returning();
  return row;
}

export async function deleteJobPosting(db: Db, userId: string, jobPostingId: string): Promise<boolean> {
  const rows = await db.delete(jobPostings).where(and(eq(jobPostings.addedBy, userId), eq(jobPostings.id, jobPostingId))).returning({ id: jobPostings.id });
  return rows.length > 0;
}
