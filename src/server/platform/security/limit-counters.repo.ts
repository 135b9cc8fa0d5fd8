import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { limitCounters } from '#server/db/schema/index.ts';

/**
 * Counts one more under `key` in one statement, so concurrent processes never lose a count: a missing or expired row
 * starts again at 1 with a fresh window. Returns the count and when the window ends.
 */
export async function incrementCounter(db: Db, key: string, windowMs: number, now: Date): Promise<{ count: number; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + windowMs);
  const expired = sql`${limitCounters.expiresAt} <= ${now.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(limitCounters)
    .values({ key, count: 1, expiresAt })
    .onConflictDoUpdate({
      target: limitCounters.key,
      set: {
        count: sql`case when ${expired} then 1 else ${limitCounters.count} + 1 end`,
        expiresAt: sql`case when ${expired} then ${expiresAt.toISOString()}::timestamptz else ${limitCounters.expiresAt} end`,
      },
    })
    .returning({ count: limitCounters.count, expiresAt: limitCounters.expiresAt });
  if (!row) throw new Error(`Counting under ${key} returned no row`);
  return row;
}

/** The live count under `key`, or undefined when there is none (or it expired). */
export async function findCounter(db: Db, key: string, now: Date): Promise<{ count: number; expiresAt: Date } | undefined> {
  const [row] = await db
    .select({ count: limitCounters.count, expiresAt: limitCounters.expiresAt })
    .from(limitCounters)
    .where(and(eq(limitCounters.key, key), gt(limitCounters.expiresAt, now)));
  return row;
}

/** Sets `key` to `count` until `expiresAt`, whatever was there. */
export async function setCounter(db: Db, key: string, count: number, expiresAt: Date): Promise<void> {
  await db.insert(limitCounters).values({ key, count, expiresAt }).onConflictDoUpdate({ target: limitCounters.key, set: { count, expiresAt } });
}

export async function deleteCounter(db: Db, key: string): Promise<void> {
  await db.delete(limitCounters).where(eq(limitCounters.key, key));
}

/** Removes the rows whose window has passed. */
export async function deleteExpiredCounters(db: Db, now: Date): Promise<void> {
  await db.delete(limitCounters).where(lt(limitCounters.expiresAt, now));
}
