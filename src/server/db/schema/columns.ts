import { sql } from 'drizzle-orm';
import { check, timestamp, uuid, type PgColumn } from 'drizzle-orm/pg-core';

/** Random, unguessable row id (never serial): every table's primary key. */
export const primaryId = () => uuid('id').primaryKey().defaultRandom();

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

export const createdAt = () => timestamptz('created_at').notNull().defaultNow();

export const updatedAt = () =>
  timestamptz('updated_at')
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/**
 * Status and role columns are plain text with a CHECK constraint rather than pgEnum: adding a value is then
 * a constraint swap, and the same SQL runs on PostgreSQL 15 and PGlite (18).
 */
export function checkOneOf(name: string, column: PgColumn, values: readonly string[]) {
  const list = values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
  return check(name, sql`${column} in (${sql.raw(list)})`);
}
