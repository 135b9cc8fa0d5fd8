import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { experiences, jobExperiences } from '#server/db/schema/index.ts';

export type JobExperienceRow = typeof jobExperiences.$inferSelect;
/** One posting and one experience of one user: passed together so they cannot be swapped. */
export type JobExperienceRef = { userId: string; jobPostingId: string; experienceId: string };

/** Saves (or refreshes) the link between a posting and an experience. */
export async function upsertJobExperience(db: Db, ref: JobExperienceRef, values: Pick<JobExperienceRow, 'matchScore' | 'relevance' | 'relevanceNotes' | 'targetSkills' | 'creationSource'>) {
  const [row] = await db
    .insert(jobExperiences)
    .values({ ...ref, ...values })
    .onConflictDoUpdate({ target: [jobExperiences.jobPostingId, jobExperiences.experienceId], set: values })
    .returning();
  if (!row) throw new Error('upsert into job_experiences returned nothing');
  return row;
}

export async function deleteJobExperience(db: Db, ref: JobExperienceRef): Promise<boolean> {
  const rows = await db
    .delete(jobExperiences)
    .where(and(eq(jobExperiences.userId, ref.userId), eq(jobExperiences.jobPostingId, ref.jobPostingId), eq(jobExperiences.experienceId, ref.experienceId)))
    .returning({ id: jobExperiences.id });
  return rows.length > 0;
}

/** The experiences linked to a posting, best match first, with the experience as it is now. */
export async function findJobExperiences(db: Db, query: { userId: string; jobPostingId: string }) {
  return db
    .select({ link: jobExperiences, experience: experiences })
    .from(jobExperiences)
    .innerJoin(experiences, eq(experiences.id, jobExperiences.experienceId))
    .where(and(eq(jobExperiences.userId, query.userId), eq(jobExperiences.jobPostingId, query.jobPostingId), eq(experiences.userId, query.userId)))
    .orderBy(desc(jobExperiences.matchScore), asc(experiences.title), asc(experiences.id));
}
