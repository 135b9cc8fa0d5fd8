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
 * Puts the given entries of the user in the given order, in the places they held between them (so a page of a longer
 * list can be reordered alone), in one transaction. Answers how many of the ids are the user's, so the caller can
 * refuse a list with a stranger's id; nothing changes then.
 */
export async function reorderEntries(db: Db, table: OrderedTable, userId: string, ids: string[]): Promise<number> {
  return db.transaction(async (tx) => {
    const owned = and(eq(table.userId, userId), inArray(table.id, ids));
    const found = await tx.select({ id: table.id, position: table.position }).from(table).where(owned);
    if (found.length !== new Set(ids).size) return found.length;
    const places = found.map((row) => Number(row.position)).sort((a, b) => a - b);
    // Places shared by several entries (older rows) are spread out so the new order is strict.
    const slots: number[] = [];
    for (const place of places) slots.push(Math.max(place, (slots.at(-1) ?? place - 1) + 1));
    for (const [index, id] of ids.entries()) {
      await tx
        .update(table)
        .set({ position: slots[index] })
        .where(and(eq(table.userId, userId), eq(table.id, id)));
    }
    return found.length;
  });
}
