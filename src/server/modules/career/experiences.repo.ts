import { and, asc, count, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { experiences, experienceSkills, skills } from '#server/db/schema/index.ts';
import { likePattern, nextPosition, reorderEntries } from './library-order.repo.ts';

export type ExperienceRow = typeof experiences.$inferSelect;
export type ExperienceValues = Pick<
  ExperienceRow,
  'title' | 'description' | 'experienceType' | 'dateStarted' | 'dateFinished' | 'tags' | 'visibility' | 'employmentId' | 'educationId' | 'conversationId' | 'skillsUsed'
>;
type Search = { userId: string; q?: string; limit: number; offset: number };

export async function findExperiencePage(db: Db, query: Search) {
  const mine = eq(experiences.userId, query.userId);
  const where = query.q
    ? and(
        mine,
        or(
          ilike(experiences.title, likePattern(query.q)),
          ilike(experiences.description, likePattern(query.q)),
          // Qualified by hand: Drizzle leaves column names bare in a one-table select.
          sql`exists (select 1 from "experience_skills" join "skills" on "skills"."id" = "experience_skills"."skill_id"
                where "experience_skills"."experience_id" = "experiences"."id" and "skills"."title" ilike ${likePattern(query.q)})`,
          sql`exists (select 1 from unnest(${experiences.tags}) as tag where tag ilike ${likePattern(query.q)})`,
        ),
      )
    : mine;
  const rows = await db
    .select()
    .from(experiences)
    .where(where)
    .orderBy(asc(experiences.position), desc(experiences.dateStarted), asc(experiences.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ value: count() }).from(experiences).where(where);
  return { rows, total: total?.value ?? 0 };
}

/** Every experience of the user (bounded by what one person writes), for matching and exports. */
export async function findAllExperiences(db: Db, userId: string): Promise<ExperienceRow[]> {
  return db.select().from(experiences).where(eq(experiences.userId, userId)).orderBy(asc(experiences.position), desc(experiences.dateStarted), asc(experiences.id));
}

export async function findExperience(db: Db, userId: string, experienceId: string): Promise<ExperienceRow | undefined> {
  const [row] = await db.select().from(experiences).where(and(eq(experiences.userId, userId), eq(experiences.id, experienceId)));
  return row;
}

/** The skill links of some experiences, each with the skill's name. */
export async function findSkillLinksOf(db: Db, experienceIds: string[]) {
  if (experienceIds.length === 0) return [];
  return db
    .select({
      experienceId: experienceSkills.experienceId,
      skillId: skills.id,
      name: skills.title,
      proficiency: experienceSkills.proficiencyDemonstrated,
      prominence: experienceSkills.prominence,
      usageNotes: experienceSkills.usageNotes,
      method: experienceSkills.extractionMethod,
    })
    .from(experienceSkills)
    .innerJoin(skills, eq(skills.id, experienceSkills.skillId))
    .where(inArray(experienceSkills.experienceId, experienceIds))
    .orderBy(asc(experienceSkills.createdAt), asc(skills.title));
}

export async function insertExperience(db: Db, userId: string, values: Partial<ExperienceValues> & { title: string }): Promise<ExperienceRow> {
  const position = await nextPosition(db, experiences, userId);
  const [row] = await db.insert(experiences).values({ ...values, userId, position }).returning();
  if (!row) throw new Error('insert into experiences returned nothing');
  return row;
}

export async function updateExperience(db: Db, userId: string, experienceId: string, changes: Partial<ExperienceValues>): Promise<ExperienceRow | undefined> {
  if (Object.keys(changes).length === 0) return findExperience(db, userId, experienceId);
  const [row] = await db.update(experiences).set(changes).where(and(eq(experiences.userId, userId), eq(experiences.id, experienceId))).returning();
  return row;
}

export async function deleteExperience(db: Db, userId: string, experienceId: string): Promise<boolean> {
  const rows = await db.delete(experiences).where(and(eq(experiences.userId, userId), eq(experiences.id, experienceId))).returning({ id: experiences.id });
  return rows.length > 0;
}

export async function reorderExperiences(db: Db, userId: string, ids: string[]): Promise<number> {
  return reorderEntries(db, experiences, userId, ids);
}
