import { and, count, countDistinct, desc, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import { selectRows, type Db } from '#server/db/client.ts';
import { mailOutbox, sessions, supportTickets, users } from '#server/db/schema/index.ts';

/** The database's size on disk, or null where the database cannot say (an embedded one may not). */
export async function findDatabaseSize(db: Db): Promise<number | null> {
  try {
    const [row] = await selectRows<{ bytes: string | number }>(db, sql`select pg_database_size(current_database()) as bytes`);
    return row ? Number(row.bytes) : null;
  } catch {
    return null;
  }
}

/** Mail of the last day: sent, failed, and the latest error of all time. */
export async function findMailStanding(db: Db, since: Date) {
  const [sent] = await db.select({ value: count() }).from(mailOutbox).where(and(gte(mailOutbox.createdAt, since), isNotNull(mailOutbox.sentAt)));
  const [failed] = await db.select({ value: count() }).from(mailOutbox).where(and(gte(mailOutbox.createdAt, since), isNotNull(mailOutbox.error)));
  const [lastError] = await db
    .select({ at: mailOutbox.createdAt, message: mailOutbox.error })
    .from(mailOutbox)
    .where(isNotNull(mailOutbox.error))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  return { sent: sent?.value ?? 0, failed: failed?.value ?? 0, lastError: lastError?.message ? { at: lastError.at, message: lastError.message } : null };
}

/** Every account, and those with a session used since a time (a session's last request, else its sign-in). */
export async function countUsers(db: Db, activeSince: Date): Promise<{ total: number; active: number }> {
  const [total] = await db.select({ value: count() }).from(users);
  const [active] = await db
    .select({ value: countDistinct(sessions.userId) })
    .from(sessions)
    .where(gte(sql`coalesce(${sessions.lastSeenAt}, ${sessions.createdAt})`, activeSince));
  return { total: total?.value ?? 0, active: active?.value ?? 0 };
}

export async function countOpenTickets(db: Db): Promise<number> {
  const [row] = await db.select({ value: count() }).from(supportTickets).where(inArray(supportTickets.status, ['open', 'in_progress', 'waiting']));
  return row?.value ?? 0;
}
