import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { cvUploads, jobApplications, jobApplicationStages, jobPostings, userPreferences, users, type JobApplicationStatus } from '#server/db/schema/index.ts';
import { likePattern } from './library-order.repo.ts';

export type ApplicationRow = typeof jobApplications.$inferSelect;

const withPosting = { application: jobApplications, jobTitle: jobPostings.jobTitle, companyName: jobPostings.companyName, url: jobPostings.url };

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

export async function findApplicationPage(db: Db, query: { userId: string; status?: JobApplicationStatus; q?: string; limit: number; offset: number }) {
  const words = query.q ? likePattern(query.q) : undefined;
  const where = and(
    eq(jobApplications.userId, query.userId),
    query.status ? eq(jobApplications.status, query.status) : undefined,
    words ? or(ilike(jobPostings.jobTitle, words), ilike(jobPostings.companyName, words), ilike(jobApplications.notes, words)) : undefined,
  );
  const rows = await db
    .select(withPosting)
    .from(jobApplications)
    .innerJoin(jobPostings, eq(jobPostings.id, jobApplications.jobPostingId))
    .where(where)
    .orderBy(desc(jobApplications.updatedAt), desc(jobApplications.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ value: count() }).from(jobApplications).innerJoin(jobPostings, eq(jobPostings.id, jobApplications.jobPostingId)).where(where);
  return { rows, total: total?.value ?? 0 };
}

/** The user's applications applied (or, never applied, added) between two dates, oldest first, for the CSV export. */
export async function findApplicationsToExport(db: Db, query: { userId: string; from?: string; to?: string }) {
  const day = sql<string>`coalesce(${jobApplications.appliedDate}, (${jobApplications.createdAt} at time zone 'UTC')::date)`;
  return db
    .select(withPosting)
    .from(jobApplications)
    .innerJoin(jobPostings, eq(jobPostings.id, jobApplications.jobPostingId))
    .where(and(eq(jobApplications.userId, query.userId), query.from ? gte(day, query.from) : undefined, query.to ? lte(day, query.to) : undefined))
    .orderBy(asc(day), asc(jobApplications.id));
}

/** Moves one stage of one of the user's applications to another date (the timeline is edited afterwards). */
export async function updateStageAt(db: Db, ref: { userId: string; applicationId: string; stageId: string }, at: Date): Promise<boolean> {
  const rows = await db
    .update(jobApplicationStages)
    .set({ at })
    .where(
      and(
        eq(jobApplicationStages.id, ref.stageId),
        eq(jobApplicationStages.applicationId, ref.applicationId),
        inArray(jobApplicationStages.applicationId, db.select({ id: jobApplications.id }).from(jobApplications).where(eq(jobApplications.userId, ref.userId))),
      ),
    )
    .returning({ id: jobApplicationStages.id });
  return rows.length > 0;
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
  changes: Partial<Pick<ApplicationRow, 'status' | 'notes' | 'appliedDate' | 'followUpAfterDays' | 'followUpByEmail' | 'followUpSentAt'>>,
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

/** An application with what its follow-up needs, locked until the transaction ends (one reminder at most). */
export async function lockForFollowUp(tx: Db, applicationId: string) {
  const [row] = await tx
    .select({ ...withPosting, email: users.email, name: users.name, mailOn: userPreferences.notificationsEmail, mutedTypes: userPreferences.emailMutedTypes })
    .from(jobApplications)
    .innerJoin(jobPostings, eq(jobPostings.id, jobApplications.jobPostingId))
    .innerJoin(users, eq(users.id, jobApplications.userId))
    .leftJoin(userPreferences, eq(userPreferences.userId, users.id))
    .where(eq(jobApplications.id, applicationId))
    .for('update', { of: jobApplications });
  return row;
}

/** When the application last moved to 'applied'. */
export async function findLastAppliedAt(db: Db, applicationId: string): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: jobApplicationStages.at })
    .from(jobApplicationStages)
    .where(and(eq(jobApplicationStages.applicationId, applicationId), eq(jobApplicationStages.status, 'applied')))
    .orderBy(desc(jobApplicationStages.at))
    .limit(1);
  return row?.at;
}

export async function markFollowUpSent(tx: Db, applicationId: string, at: Date): Promise<void> {
  await tx.update(jobApplications).set({ followUpSentAt: at }).where(eq(jobApplications.id, applicationId));
}

/** Applications waiting in 'applied' with a reminder not yet sent (every user's: for the start-up recovery). */
export async function findPendingFollowUps(db: Db): Promise<{ id: string }[]> {
  return db
    .select({ id: jobApplications.id })
    .from(jobApplications)
    .where(and(eq(jobApplications.status, 'applied'), isNotNull(jobApplications.followUpAfterDays), isNull(jobApplications.followUpSentAt)));
}

export async function waitForFollowUpRecoveryTurn(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('parley.career.follow-ups.recover'))`);
}
