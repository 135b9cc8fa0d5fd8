import { and, count, eq, inArray, lt, notExists, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '#server/db/client.ts';
import { batchFiles, candidates, cvBatches, cvUploads, jobs, mailOutbox, notifications, practiceAnswers, resumes, supportTickets } from '#server/db/schema/index.ts';

/**
 * Every column that holds a file storage key. A stored file none of these name is nobody's (a recording never
 * submitted, the CVs of a deleted job) and data retention removes it after a grace period. A new column holding a key
 * must be added here: `stored-file-references.test.ts` fails when a schema column named like one is missing.
 */
export const storedFileReferences: readonly { table: PgTable; column: PgColumn }[] = [
  { table: cvUploads, column: cvUploads.storagePath },
  { table: resumes, column: resumes.storagePath },
  { table: batchFiles, column: batchFiles.storagePath },
  { table: practiceAnswers, column: practiceAnswers.audioStoragePath },
  { table: supportTickets, column: supportTickets.attachmentStoragePath },
];

export async function countNotificationsBefore(db: Db, cutoff: Date): Promise<number> {
  const [row] = await db.select({ value: count() }).from(notifications).where(lt(notifications.createdAt, cutoff));
  return row?.value ?? 0;
}

export async function deleteNotificationsBefore(db: Db, cutoff: Date): Promise<number> {
  return (await db.delete(notifications).where(lt(notifications.createdAt, cutoff)).returning({ id: notifications.id })).length;
}

export async function countOutboxBefore(db: Db, cutoff: Date): Promise<number> {
  const [row] = await db.select({ value: count() }).from(mailOutbox).where(lt(mailOutbox.createdAt, cutoff));
  return row?.value ?? 0;
}

export async function deleteOutboxBefore(db: Db, cutoff: Date): Promise<number> {
  return (await db.delete(mailOutbox).where(lt(mailOutbox.createdAt, cutoff)).returning({ id: mailOutbox.id })).length;
}

/** Jobs closed and unchanged since before the cutoff: their candidates are due. */
export async function findClosedJobIds(db: Db, cutoff: Date): Promise<string[]> {
  const rows = await db.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.status, 'closed'), lt(jobs.updatedAt, cutoff)));
  return rows.map((row) => row.id);
}

export async function countCandidatesOfJobs(db: Db, jobIds: readonly string[]): Promise<number> {
  if (jobIds.length === 0) return 0;
  const [row] = await db.select({ value: count() }).from(candidates).where(inArray(candidates.jobId, [...jobIds]));
  return row?.value ?? 0;
}

/**
 * Removes the candidates and CV batches of these jobs, then the parsed CVs only they used; the CV files themselves
 * become unused and go with the file sweep. One transaction: a failure removes nothing.
 */
export async function deleteCandidatesOfJobs(db: Db, jobIds: readonly string[]): Promise<number> {
  if (jobIds.length === 0) return 0;
  return db.transaction(async (tx) => {
    const removed = await tx.delete(candidates).where(inArray(candidates.jobId, [...jobIds])).returning({ resumeId: candidates.resumeId });
    await tx.delete(cvBatches).where(inArray(cvBatches.jobId, [...jobIds]));
    const resumeIds = [...new Set(removed.flatMap((row) => (row.resumeId ? [row.resumeId] : [])))];
    if (resumeIds.length > 0) {
      await tx
        .delete(resumes)
        .where(
          and(
            inArray(resumes.id, resumeIds),
            notExists(tx.select({ one: sql`1` }).from(candidates).where(eq(candidates.resumeId, resumes.id))),
            notExists(tx.select({ one: sql`1` }).from(batchFiles).where(eq(batchFiles.resumeId, resumes.id))),
          ),
        );
    }
    return removed.length;
  });
}

/** Which of these storage keys a row still names (any column of storedFileReferences above). */
export async function findReferencedKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const referenced = new Set<string>();
  if (keys.length === 0) return referenced;
  for (const { table, column } of storedFileReferences) {
    const rows = await db.selectDistinct({ key: sql<string>`${column}` }).from(table).where(inArray(column, [...keys]));
    for (const row of rows) referenced.add(row.key);
  }
  return referenced;
}
