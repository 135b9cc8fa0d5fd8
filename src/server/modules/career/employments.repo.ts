import { and, asc, count, desc, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { employments } from '#server/db/schema/index.ts';
import { likePattern, nextPosition, reorderEntries } from './library-order.repo.ts';

export type EmploymentRow = typeof employments.$inferSelect;
export type EmploymentValues = Pick<EmploymentRow, 'companyName' | 'title' | 'location' | 'description' | 'dateStarted' | 'dateFinished'>;
type Search = { userId: string; q?: string; limit: number; offset: number };

export async function findEmploymentPage(db: Db, query: Search) {
  const mine = eq(employments.userId, query.userId);
  const where = query.q
    ? and(mine, or(ilike(employments.companyName, likePattern(query.q)), ilike(employments.title, likePattern(query.q)), ilike(employments.description, likePattern(query.q))))
    : mine;
  const rows = await db
    .select()
    .from(employments)
    .where(where)
    .orderBy(asc(employments.position), desc(employments.dateStarted), asc(employments.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ value: count() }).from(employments).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function findEmployment(db: Db, userId: string, employmentId: string): Promise<EmploymentRow | undefined> {
  const [row] = await db.select().from(employments).where(and(eq(employments.userId, userId), eq(employments.id, employmentId)));
  return row;
}

export async function insertEmployment(db: Db, userId: string, values: Partial<EmploymentValues> & { companyName: string }): Promise<EmploymentRow> {
  const position = await nextPosition(db, employments, userId);
  const [row] = await db.insert(employments).values({ ...values, userId, position }).returning();
  if (!row) throw new Error('insert into employments returned nothing');
  return row;
}

export async function updateEmployment(db: Db, userId: string, employmentId: string, changes: Partial<EmploymentValues>): Promise<EmploymentRow | undefined> {
  if (Object.keys(changes).length === 0) return findEmployment(db, userId, employmentId);
  const [row] = await db.update(employments).set(changes).where(and(eq(employments.userId, userId), eq(employments.id, employmentId))).returning();
  return row;
}

export async function deleteEmployment(db: Db, userId: string, employmentId: string): Promise<boolean> {
  const rows = await db.delete(employments).where(and(eq(employments.userId, userId), eq(employments.id, employmentId))).returning({ id: employments.id });
  return rows.length > 0;
}

export async function reorderEmployments(db: Db, userId: string, ids: string[]): Promise<number> {
  return reorderEntries(db, employments, userId, ids);
}
