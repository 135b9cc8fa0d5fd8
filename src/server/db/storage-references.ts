import { getTableColumns, is, sql } from 'drizzle-orm';
import { PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import { selectRows, type Db } from './client.ts';
import * as schema from './schema/index.ts';

/** Every column that holds a file storage key: named `storage_path` or `…_storage_path`, in any table of the schema. */
const keyColumns: readonly PgColumn[] = Object.values(schema as Record<string, unknown>)
  .filter((value): value is PgTable => is(value, PgTable))
  .flatMap((table) => Object.values(getTableColumns(table) as Record<string, PgColumn>))
  .filter((column) => /(^|_)storage_path$/.test(column.name));

/**
 * Whether any row still refers to a stored file. Keys are content hashes shared by identical uploads, so a file may only
 * be deleted once this is false; tables added later are covered by following the column naming.
 */
export async function isStorageKeyReferenced(db: Db, key: string): Promise<boolean> {
  const checks = keyColumns.map((column) => sql`exists (select 1 from ${column.table} where ${column} = ${key})`);
  const [row] = await selectRows<{ referenced: boolean }>(db, sql`select ${sql.join(checks, sql` or `)} as referenced`);
  return row?.referenced === true;
}
