import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '#server/db/schema/index.ts';
import { storedFileReferences } from './retention.repo.ts';

describe('the columns that hold file storage keys', () => {
  it('lists every schema column named like a storage key, so retention never removes a file still in use', () => {
    const named = Object.values(schema as Record<string, unknown>)
      .filter((value): value is PgTable => is(value, PgTable))
      .flatMap((table) =>
        Object.values(getTableColumns(table))
          .filter((column) => /storage_(path|key)$/.test(column.name))
          .map((column) => `${getTableName(table)}.${column.name}`),
      )
      .sort();
    const listed = storedFileReferences.map(({ table, column }) => `${getTableName(table)}.${column.name}`).sort();
    expect(named.length).toBeGreaterThanOrEqual(5);
    expect(listed).toEqual(named);
  });
});
