import { and, asc, count, desc, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { educations } from '#server/db/schema/index.ts';
import { likePattern, nextPosition, reorderEntries } from './library-order.repo.ts';

export type EducationRow = typeof educations.$inferSelect;
export type EducationValues = Pick<EducationRow, 'institutionName' | 'degree' | 'major' | 'minor' | 'gpa' | 'location' | 'dateStarted' | 'dateFinished'>;
type Search = { userId: string; q?: string; limit: number; offset: number };

export async function findEducationPage(db: Db, query: Search) {
  const mine = eq(educations.userId, query.userId);
  const where = query.q
    ? and(mine, or(ilike(educations.institutionName, likePattern(query.q)), ilike(educations.degree, likePattern(query.q)), ilike(educations.major, likePattern(query.q))))
    : mine;
  const rows = await db
    .select()
    .from(educations)
    .where(where)
    .orderBy(asc(educations.position), desc(educations.dateStarted), asc(educations.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ value: count() }).from(educations).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function findEducation(db: Db, userId: string, educationId: string): Promise<EducationRow | undefined> {
  const [row] = await db.select().from(educations).where(and(eq(educations.userId, userId), eq(educations.id, educationId)));
  return row;
}

export async function insertEducation(db: Db, userId: string, values: Partial<EducationValues> & { institutionName: string }): Promise<EducationRow> {
  const position = await nextPosition(db, educations, userId);
  const [row] = await db.insert(educations).values({ ...values, userId, position }).returning();
  if (!row) throw new Error('insert into educations returned nothing');
  return row;
}

export async function updateEducation(db: Db, userId: string, educationId: string, changes: Partial<EducationValues>): Promise<EducationRow | undefined> {
  if (Object.keys(changes).length === 0) return findEducation(db, userId, educationId);
  const [row] = await db.update(educations).set(changes).where(and(eq(educations.userId, userId), eq(educations.id, educationId))).returning();
  return row;
}

export async function deleteEducation(db: Db, userId: string, educationId: string): Promise<boolean> {
  const rows = await db.delete(educations).where(and(eq(educations.userId, userId), eq(educations.id, educationId))).returning({ id: educations.id });
  return rows.length > 0;
}

export async function reorderEducations(db: Db, userId: string, ids: string[]): Promise<number> {
  return reorderEntries(db, educations, userId, ids);
}
