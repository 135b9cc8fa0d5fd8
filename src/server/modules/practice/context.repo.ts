import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#server/db/client.ts';
import { candidateProfiles, cvUploads, jobPostings, practiceSessions, users } from '#server/db/schema/index.ts';

export type CandidateContext = {
  fullName: string | null;
  keySkills: string[];
  targetRoles: string[];
  /** The current CV's text: the profile's copy, else the newest current upload's. */
  cvText: string | null;
  cvUploadId: string | null;
};

export async function findCandidateContext(db: Db, userId: string): Promise<CandidateContext> {
  const [[profile], [upload], [account]] = await Promise.all([
    db.select().from(candidateProfiles).where(eq(candidateProfiles.userId, userId)),
    db
      .select({ id: cvUploads.id, text: cvUploads.text })
      .from(cvUploads)
      .where(and(eq(cvUploads.userId, userId), eq(cvUploads.isCurrent, true)))
      .orderBy(desc(cvUploads.uploadedAt))
      .limit(1),
    db.select({ name: users.name }).from(users).where(eq(users.id, userId)),
  ]);
  const cvText = profile?.cvText?.trim() || upload?.text?.trim() || null;
  return {
    // The account's name stands in when the profile (the CV) has none.
    fullName: profile?.fullName?.trim() || account?.name?.trim() || null,
    keySkills: profile?.keySkills ?? [],
    targetRoles: profile?.targetRoles ?? [],
    cvText,
    cvUploadId: upload?.id ?? null,
  };
}

export async function findOwnedJobPosting(db: Db, userId: string, jobPostingId: string) {
  const [row] = await db
    .select({ id: jobPostings.id, jobTitle: jobPostings.jobTitle, description: jobPostings.description })
    .from(jobPostings)
    .where(and(eq(jobPostings.id, jobPostingId), eq(jobPostings.addedBy, userId)));
  return row;
}

/** The job description of the caller's newest session that had one, to compare the profile's skills against. */
export async function findLatestJobDescription(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ jobDescription: practiceSessions.jobDescription })
    .from(practiceSessions)
    .where(and(eq(practiceSessions.userId, userId), eq(practiceSessions.hasJd, true)))
    .orderBy(desc(practiceSessions.createdAt))
    .limit(1);
  return row?.jobDescription ?? null;
}

const workNamesSchema = z.object({ work: z.array(z.object({ name: z.string().nullish() })).optional() });

/** The employers of the caller's current CV as parsed at upload (JSON Resume `work[].name`), newest first. */
export async function findCurrentCvEmployers(db: Db, userId: string): Promise<string[]> {
  const [upload] = await db
    .select({ parsed: cvUploads.parsed })
    .from(cvUploads)
    .where(and(eq(cvUploads.userId, userId), eq(cvUploads.isCurrent, true)))
    .orderBy(desc(cvUploads.uploadedAt))
    .limit(1);
  const parsed = workNamesSchema.safeParse(upload?.parsed);
  return parsed.success ? (parsed.data.work ?? []).map((job) => job.name?.trim() ?? '').filter((name) => name !== '') : [];
}
