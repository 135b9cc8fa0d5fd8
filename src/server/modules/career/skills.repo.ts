import { and, asc, count, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { experiences, experienceSkills, skills } from '#server/db/schema/index.ts';
import { likePattern, nextPosition, reorderEntries } from './library-order.repo.ts';

export type SkillRow = typeof skills.$inferSelect;
export type SkillValues = Pick<SkillRow, 'title' | 'category' | 'skillLevel' | 'skillType' | 'description' | 'yearsExperience'>;
export type LinkValues = { proficiencyDemonstrated?: string | null; prominence?: string | null; usageNotes?: string | null; extractionMethod?: string | null };
type Search = { userId: string; q?: string; limit: number; offset: number };

// Qualified by hand: in a one-table select Drizzle leaves column names bare, which the subquery would read as its own.
const experienceCount = sql<number>`(select count(*)::int from "experience_skills" where "experience_skills"."skill_id" = "skills"."id")`;

export async function findSkillPage(db: Db, query: Search) {
  const mine = eq(skills.userId, query.userId);
  const where = query.q ? and(mine, or(ilike(skills.title, likePattern(query.q)), ilike(skills.category, likePattern(query.q)), ilike(skills.description, likePattern(query.q)))) : mine;
  const rows = await db
    .select({ skill: skills, experienceCount })
    .from(skills)
    .where(where)
    .orderBy(asc(skills.position), asc(skills.title), asc(skills.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ value: count() }).from(skills).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function findSkill(db: Db, userId: string, skillId: string) {
  const [row] = await db.select({ skill: skills, experienceCount }).from(skills).where(and(eq(skills.userId, userId), eq(skills.id, skillId)));
  return row;
}

/** Every skill of the user (bounded by what one person lists), for matching names. */
export async function findAllSkills(db: Db, userId: string): Promise<SkillRow[]> {
  return db.select().from(skills).where(eq(skills.userId, userId)).orderBy(asc(skills.position), asc(skills.title));
}

export async function insertSkill(db: Db, userId: string, values: Partial<SkillValues> & { title: string }): Promise<SkillRow> {
  const position = await nextPosition(db, skills, userId);
  const [row] = await db.insert(skills).values({ ...values, userId, position }).returning();
  if (!row) throw new Error('insert into skills returned nothing');
  return row;
}

/** The user's skill of that name (any case), or undefined. */
export async function findSkillByName(db: Db, userId: string, name: string): Promise<SkillRow | undefined> {
  const [row] = await db
    .select()
    .from(skills)
    .where(and(eq(skills.userId, userId), sql`lower(${skills.title}) = ${name.toLowerCase()}`))
    .orderBy(asc(skills.createdAt))
    .limit(1);
  return row;
}

export async function updateSkill(db: Db, userId: string, skillId: string, changes: Partial<SkillValues>): Promise<SkillRow | undefined> {
  if (Object.keys(changes).length === 0) {
    const [row] = await db.select().from(skills).where(and(eq(skills.userId, userId), eq(skills.id, skillId)));
    return row;
  }
  const [row] = await db.update(skills).set(changes).where(and(eq(skills.userId, userId), eq(skills.id, skillId))).returning();
  return row;
}

export async function deleteSkill(db: Db, userId: string, skillId: string): Promise<boolean> {
  const rows = await db.delete(skills).where(and(eq(skills.userId, userId), eq(skills.id, skillId))).returning({ id: skills.id });
  return rows.length > 0;
}

export async function reorderSkills(db: Db, userId: string, ids: string[]): Promise<number> {
  return reorderEntries(db, skills, userId, ids);
}

/** The dates of the experiences that show each skill: what its years are computed from. */
export async function findSkillSpans(db: Db, skillIds: string[]) {
  if (skillIds.length === 0) return [];
  return db
    .select({ skillId: experienceSkills.skillId, dateStarted: experiences.dateStarted, dateFinished: experiences.dateFinished })
    .from(experienceSkills)
    .innerJoin(experiences, eq(experiences.id, experienceSkills.experienceId))
    .where(inArray(experienceSkills.skillId, skillIds));
}

/** The experiences that show one skill, newest first. */
export async function findExperiencesOfSkill(db: Db, skillId: string) {
  return db
    .select({
      id: experiences.id,
      title: experiences.title,
      dateStarted: experiences.dateStarted,
      dateFinished: experiences.dateFinished,
      proficiency: experienceSkills.proficiencyDemonstrated,
      prominence: experienceSkills.prominence,
      usageNotes: experienceSkills.usageNotes,
    })
    .from(experienceSkills)
    .innerJoin(experiences, eq(experiences.id, experienceSkills.experienceId))
    .where(eq(experienceSkills.skillId, skillId))
    .orderBy(sql`${experiences.dateStarted} desc nulls last`, asc(experiences.position), asc(experiences.id));
}

/** Links an experience to a skill, or changes only the given fields of the existing link (its method stays). */
export async function upsertSkillLink(db: Db, link: { experienceId: string; skillId: string }, fields: Omit<LinkValues, 'extractionMethod'>, method: string): Promise<void> {
  const insert = db.insert(experienceSkills).values({ ...link, ...fields, extractionMethod: method });
  const target = [experienceSkills.experienceId, experienceSkills.skillId];
  await (Object.keys(fields).length ? insert.onConflictDoUpdate({ target, set: fields }) : insert.onConflictDoNothing({ target }));
}

export async function deleteSkillLink(db: Db, link: { experienceId: string; skillId: string }): Promise<boolean> {
  const rows = await db
    .delete(experienceSkills)
    .where(and(eq(experienceSkills.experienceId, link.experienceId), eq(experienceSkills.skillId, link.skillId)))
    .returning({ id: experienceSkills.id });
  return rows.length > 0;
}

/** Removes an experience's links to every skill not in the list. */
export async function deleteOtherSkillLinks(db: Db, experienceId: string, keepSkillIds: string[]): Promise<void> {
  const where = eq(experienceSkills.experienceId, experienceId);
  await db.delete(experienceSkills).where(keepSkillIds.length ? and(where, sql`${experienceSkills.skillId} not in (${sql.join(keepSkillIds.map((id) => sql`${id}`), sql`, `)})`) : where);
}
