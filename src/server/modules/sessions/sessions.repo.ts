import { and, count, desc, eq, gt, ne } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { sessions } from '#server/db/schema/index.ts';

export type SessionRow = typeof sessions.$inferSelect;

/** One page of the user's unexpired sessions, newest first, with the count of all of them. */
export async function findActiveSessionPage(
  db: Db,
  query: { userId: string; now: Date; limit: number; offset: number },
): Promise<{ rows: SessionRow[]; total: number }> {
  const where = and(eq(sessions.userId, query.userId), gt(sessions.expiresAt, query.now));
  const rows = await db.select().from(sessions).where(where).orderBy(desc(sessions.createdAt), desc(sessions.id)).limit(query.limit).offset(query.offset);
  const [total] = await db.select({ value: count() }).from(sessions).where(where);
  return { rows, total: total?.value ?? 0 };
}

/** Deletes one of the user's sessions; another user's is simply not found. */
export async function deleteSession(db: Db, session: { id: string; userId: string }): Promise<boolean> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.id, session.id), eq(sessions.userId, session.userId)))
    .returning({ id: sessions.id });
  return deleted.length > 0;
}

export async function deleteOtherSessions(db: Db, keep: { id: string; userId: string }): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, keep.userId), ne(sessions.id, keep.id)))
    .returning({ id: sessions.id });
  return deleted.length;
}
