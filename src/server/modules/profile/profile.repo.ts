import { and, count, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { candidateProfiles, cvUploads, type JsonResume } from '#server/db/schema/index.ts';
import type { PageQuery } from '#shared/contracts/common.ts';

export { isStorageKeyReferenced } from '#server/db/storage-references.ts';

export type ProfileRow = typeof candidateProfiles.$inferSelect;
export type ProfileFields = Pick<ProfileRow, 'fullName' | 'yearsOfExperience' | 'targetRoles' | 'keySkills' | 'industries'>;

/** A CV version without its text and parse (lists and downloads never need them). */
const cvColumns = {
  id: cvUploads.id,
  fileName: cvUploads.fileName,
  storagePath: cvUploads.storagePath,
  mimeType: cvUploads.mimeType,
  sizeBytes: cvUploads.sizeBytes,
  sha256: cvUploads.sha256,
  isCurrent: cvUploads.isCurrent,
  uploadedAt: cvUploads.uploadedAt,
};
export type CvRow = { [K in keyof typeof cvColumns]: (typeof cvUploads.$inferSelect)[K] };
export type NewCv = { fileName: string; storagePath: string; mimeType: string; sizeBytes: number; sha256: string; text: string; parsed: JsonResume };

export async function findProfile(db: Db, userId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(candidateProfiles).where(eq(candidateProfiles.userId, userId));
  return row;
}

/** Saves the confirmed profile; onboardedAt keeps the first confirmation. */
export async function saveProfile(db: Db, userId: string, fields: ProfileFields): Promise<void> {
  await db
    .insert(candidateProfiles)
    .values({ userId, ...fields, onboardedAt: sql`now()` })
    .onConflictDoUpdate({
      target: candidateProfiles.userId,
      set: { ...fields, onboardedAt: sql`coalesce(${candidateProfiles.onboardedAt}, now())`, updatedAt: sql`now()` },
    });
}

/** One page of a user's CV versions, newest first, and how many there are. */
export async function findCvPage(db: Db, userId: string, page: PageQuery): Promise<{ rows: CvRow[]; total: number }> {
  const where = eq(cvUploads.userId, userId);
  const { limit, offset } = page;
  const [rows, [counted]] = await Promise.all([
    db.select(cvColumns).from(cvUploads).where(where).orderBy(desc(cvUploads.uploadedAt), desc(cvUploads.id)).limit(limit).offset(offset),
    db.select({ total: count() }).from(cvUploads).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

export async function findCv(db: Db, userId: string, cvId: string): Promise<CvRow | undefined> {
  const [row] = await db.select(cvColumns).from(cvUploads).where(and(eq(cvUploads.userId, userId), eq(cvUploads.id, cvId)));
  return row;
}

export async function findCurrentCv(db: Db, userId: string): Promise<CvRow | undefined> {
  const [row] = await db.select(cvColumns).from(cvUploads).where(and(eq(cvUploads.userId, userId), eq(cvUploads.isCurrent, true)));
  return row;
}

/**
 * Makes an uploaded CV the current one in one transaction: a file the user already has (same SHA-256) is refreshed and
 * moved to the top instead of becoming a second version; every other version loses isCurrent; the profile's cvText
 * follows. The profile row is locked first, so two uploads at once cannot both end up current.
 */
export async function saveCurrentCv(db: Db, userId: string, cv: NewCv): Promise<{ row: CvRow; created: boolean }> {
  return db.transaction(async (tx) => {
    await lockProfile(tx, userId, cv.text);
    const [existing] = await tx
      .select({ id: cvUploads.id })
      .from(cvUploads)
      .where(and(eq(cvUploads.userId, userId), eq(cvUploads.sha256, cv.sha256)));
    const [row] = existing
      ? await tx.update(cvUploads).set({ ...cv, isCurrent: true, uploadedAt: sql`now()` }).where(eq(cvUploads.id, existing.id)).returning(cvColumns)
      : await tx.insert(cvUploads).values({ ...cv, userId, isCurrent: true }).returning(cvColumns);
    await tx.update(cvUploads).set({ isCurrent: false }).where(and(eq(cvUploads.userId, userId), ne(cvUploads.id, row!.id)));
    return { row: row!, created: !existing };
  });
}

/** Makes one of the user's versions current; undefined when it is not theirs. */
export async function setCurrentCv(db: Db, userId: string, cvId: string): Promise<CvRow | undefined> {
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ text: cvUploads.text })
      .from(cvUploads)
      .where(and(eq(cvUploads.userId, userId), eq(cvUploads.id, cvId)));
    if (!target) return undefined;
    await lockProfile(tx, userId, target.text);
    await tx.update(cvUploads).set({ isCurrent: sql`${cvUploads.id} = ${cvId}` }).where(eq(cvUploads.userId, userId));
    const [row] = await tx.select(cvColumns).from(cvUploads).where(eq(cvUploads.id, cvId));
    return row;
  });
}

/** Deletes one of the user's versions; when it was current, the newest remaining one takes over. */
export async function deleteCv(db: Db, userId: string, cvId: string): Promise<CvRow | undefined> {
  return db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(cvUploads)
      .where(and(eq(cvUploads.userId, userId), eq(cvUploads.id, cvId)))
      .returning(cvColumns);
    if (!deleted?.isCurrent) return deleted;
    const [next] = await tx
      .select({ id: cvUploads.id, text: cvUploads.text })
      .from(cvUploads)
      .where(eq(cvUploads.userId, userId))
      .orderBy(desc(cvUploads.uploadedAt), desc(cvUploads.id))
      .limit(1);
    await lockProfile(tx, userId, next?.text ?? null);
    if (next) await tx.update(cvUploads).set({ isCurrent: true }).where(eq(cvUploads.id, next.id));
    return deleted;
  });
}

/** Creates the profile row when missing, sets its CV text and holds its lock until the transaction ends. */
async function lockProfile(tx: Db, userId: string, cvText: string | null): Promise<void> {
  await tx
    .insert(candidateProfiles)
    .values({ userId, cvText })
    .onConflictDoUpdate({ target: candidateProfiles.userId, set: { cvText, updatedAt: sql`now()` } });
}
