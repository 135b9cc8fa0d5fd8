import { eq, getTableColumns, is } from 'drizzle-orm';
import { PgTable, getTableConfig, type PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '#server/db/client.ts';
import * as schema from '#server/db/schema/index.ts';

/** Columns that never leave the server, whatever table they are in. */
const secretColumn = /(password|token|secret|ciphertext|nonce|salt|auth_tag|hash|backup_codes)/;

type Row = Record<string, unknown>;

function ownerColumn(table: PgTable): PgColumn | undefined {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  return Object.values(columns).find((column) => column.name === 'user_id');
}

function redact(table: PgTable, row: Row): Row {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  return Object.fromEntries(Object.entries(row).filter(([key]) => !secretColumn.test(columns[key]?.name ?? key)));
}

/**
 * Everything a user owns, read from every table with a user_id column, so tables added by later features are
 * included without touching this file. Secret material (hashes, tokens, ciphertext) is left out.
 */
export async function exportUserData(db: Db, userId: string): Promise<{ user: Row; tables: Record<string, Row[]> }> {
  const [user] = await db.select().from(schema.users).where(eq(schema.users.id, userId));
  const tables: Record<string, Row[]> = {};
  const allTables = Object.values(schema as Record<string, unknown>).filter((value): value is PgTable => is(value, PgTable));
  for (const table of allTables) {
    const owner = ownerColumn(table);
    if (!owner) continue;
    const rows = (await db.select().from(table).where(eq(owner, userId))) as Row[];
    tables[getTableConfig(table).name] = rows.map((row) => redact(table, row));
  }
  const owned = await db.select().from(schema.workspaces).where(eq(schema.workspaces.ownerId, userId));
  tables.owned_workspaces = owned.map((row) => redact(schema.workspaces, row));
  return { user: user ? redact(schema.users, user) : {}, tables };
}
