import { and, eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { cvUploads, users } from '#server/db/schema/index.ts';

/** The user's current CV as parsed at upload (a JSON Resume), with its file name. */
export async function findCurrentCvParse(db: Db, userId: string) {
  const [row] = await db
    .select({ id: cvUploads.id, fileName: cvUploads.fileName, parsed: cvUploads.parsed, text: cvUploads.text })
    .from(cvUploads)
    .where(and(eq(cvUploads.userId, userId), eq(cvUploads.isCurrent, true)));
  return row;
}

/** The name and address a JSON Resume export starts with. */
export async function findPerson(db: Db, userId: string) {
  const [row] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
  return row;
}
