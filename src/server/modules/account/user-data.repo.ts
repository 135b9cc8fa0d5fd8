import { eq, getTableColumns, is } from 'drizzle-orm';
import { PgTable, getTableConfig, type PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '#server/db/client.ts';
import * as schema from '#server/db/schema/index.ts';

/** Columns that are never read for an export, whatever table they are in. */
const secretColumn = /(password|token|secret|ciphertext|nonce|salt|auth_tag|hash|backup_codes)/;

export type UserDataRow = Record<string, unknown>;
export type UserData = { user: UserDataRow; tables: Record<string, UserDataRow[]> };

/** A table's columns, by property name, but the secret ones: what an export selects. */
function exportedColumns(table: PgTable): Record<string, PgColumn> {
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>);
  return Object.fromEntries(columns.filter(([, column]) => !secretColumn.test(column.name)));
}

function ownerColumn(table: PgTable): PgColumn | undefined {
  return Object.values(getTableColumns(table) as Record<string, PgColumn>).find((column) => column.name === 'user_id');
}

/**
 * Everything a user owns, read from every table with a user_id column (keyed by table name), so tables added by later
 * features are included without touching this file; plus the workspaces they created (`owned_workspaces`). Secret
 * material (hashes, tokens, ciphertext) is never selected.
 */
export async function findUserData(db: Db, userId: string): Promise<UserData> {
  const [user] = await db.select(exportedColumns(schema.users)).from(schema.users).where(eq(schema.users.id, userId));
  const tables: Record<string, UserDataRow[]> = {};
  const allTables = Object.values(schema as Record<string, unknown>).filter((value): value is PgTable => is(value, PgTable));
  for (const table of allTables) {
    const owner = ownerColumn(table);
    if (!owner) continue;
    tables[getTableConfig(table).name] = await db.select(exportedColumns(table)).from(table).where(eq(owner, userId));
  }
  tables.owned_workspaces = await db.select(exportedColumns(schema.workspaces)).from(schema.workspaces).where(eq(schema.workspaces.ownerId, userId));
  return { user: user ?? {}, tables };
}
