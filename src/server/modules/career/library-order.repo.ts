import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '#server/db/client.ts';

/** A library table the user orders by hand: it has an owner and a position. */
type OrderedTable = PgTable & { id: PgColumn; userId: PgColumn; position: PgColumn };

/** `%words%` for ILIKE, with the user's own % and _ taken literally. */
export function likePattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The next position at the end of the user's list. */
export async function nextPosition(db: Db, table: OrderedTable, userId: string): Promise<number> {
  const [row] = await db
    .select({ value: sql<number>`coalesce(max(${table.position}), -1) + 1` })
    .from(table)
    .where(eq(table.userId, userId));
  return Number(row?.value ?? 0);
}

/**
 * Puts the given entries of the user in the given order (0, 1, …) in one transaction; the ids must all be the user's.
 * Answers how many of them were found, so the caller can refuse a list with a stranger's id before anything changes.
 */
export async function reorderEntries(db: Db, table: OrderedTable, userId: string, ids: string[]): Promise<number> {
  return db.transaction(async (tx) => {
    const owned = and(eq(table.userId, userId), inArray(table.id, ids));
    const found = await tx.select({ id: table.id }).from(table).where(owned);
    if (found.length !== new Set(ids).size) return found.length;
    for (const [index, id] of ids.entries()) {
      await tx
        .update(table)
        .set({ position: index })
        .where(and(eq(table.userId, userId), eq(table.id, id)));
    }
    return found.length;
  });
}
