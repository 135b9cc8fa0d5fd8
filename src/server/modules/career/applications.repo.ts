import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { cvUploads, jobApplications, jobApplicationStages, jobPostings, type JobApplicationStatus } from '#server/db/schema/index.ts';

export type ApplicationRow = typeof jobApplications.$inferSelect;

const withPosting = { application: jobApplications, jobTitle: jobPostings.jobTitle, companyName: jobPostings.companyName };

/** Adds an application and its first stage, in one transaction. */
export async function insertApplication(db: Db, values: typeof jobApplications.$inferInsert, at: Date): Promise<ApplicationRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(jobApplications).values(values).returning();
    if (!row) throw new Error('insert into job_applications returned nothing');
    await tx.insert(jobApplicationStages).values({ applicationId: row.id, status: row.status, at });
    return row;
  });
}

export async function findApplication(db: Db, userId: string, applicationId: string) {
  const [row] = await db
    .select(withPosting)
    .from(jobApplications)
    .innerJoin(jobPostings, eq(jobPostings.id, jobApplications.jobPostingId))
    .where(and(eq(jobApplications.userId, userId), eq(jobApplications.id, applicationId)));
  return row;
}

export async function findApplicationPage(db: Db, query: { userId: string; status?: JobApplicationStatus; limit: number; offset: number }) {
  const mine = eq(jobApplications.userId, query.userId);
  const where = query.status ? and(mine, eq(jobApplications.status, query.status)) : mine;
  const rows = await db
    .select(withPosting)
    .from(jobApplications)
    .innerJoin(jobPostings, eq(jobPostings.id, jobApplications.jobPostingId))
    .where(where)
    .orderBy(desc(jobApplications.updatedAt), desc(jobApplications.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ value: count() }).from(jobApplications).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function findStages(db: Db, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(jobApplicationStages)
    .where(inArray(jobApplicationStages.applicationId, applicationIds))
    .orderBy(asc(jobApplicationStages.at), asc(jobApplicationStages.createdAt));
}

/** Changes an application; a new status is recorded as a stage at `at`, in the same transaction. */
export async function updateApplication(
  db: Db,
  ref: { userId: string; applicationId: string },
  changes: Partial<Pick<ApplicationRow, 'status' | 'notes' | 'appliedDate' | 'followUpAfterDays' | 'followUpByEmail'>>,
  at: Date,
): Promise<ApplicationRow | undefined> {
  return db.transaction(async (tx) => {
    const where = and(eq(jobApplications.userId, ref.userId), eq(jobApplications.id, ref.applicationId));
    const [before] = await tx.select().from(jobApplications).where(where).for('update');
    if (!before) return undefined;
    const [row] = Object.keys(changes).length ? await tx.update(jobApplications).set(changes).where(where).returning() : [before];
    if (changes.status && changes.status !== before.status) {
      await tx.insert(jobApplicationStages).values({ applicationId: ref.applicationId, status: changes.status, at });
    }
    return row;
  });
}

/** A frozen copy of one of the user's CV versions, as it is now. */
export async function findCvCopy(db: Db, userId: string, cvId: string) {
  const [row] = await db
    .select({ id: cvUploads.id, fileName: cvUploads.fileName, text: cvUploads.text, parsed: cvUploads.parsed, sha256: cvUploads.sha256 })
    .from(cvUploads)
    .where(and(eq(cvUploads.userId, userId), eq(cvUploads.id, cvId)));
  return row;
}
