import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { inject } from 'vitest';
import { openDatabase, type Database } from '#server/db/client.ts';
import { migrateDatabase } from '#server/db/migrate.ts';
import { withDatabase } from './global-setup.ts';
import { adminQuery, copyTemplateDatabase } from './postgres-admin.ts';

/**
 * The migrated template the global set-up made (tests/support/global-setup.ts), or undefined outside Vitest (a bench
 * in bench/ that builds a real app the way tests do), where each database is migrated on its own instead.
 */
function template(key: 'postgresTemplate' | 'pgliteTemplate'): string | undefined {
  try {
    return inject(key);
  } catch {
    return undefined;
  }
}

/**
 * A fresh, migrated database for one test file: PGlite in memory by default,
 * or a new database on the PostgreSQL server named by DATABASE_URL. close() throws it away.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `parley_test_${randomBytes(6).toString('hex')}`;
    const from = template('postgresTemplate');
    if (from) await copyTemplateDatabase(url, name, from);
    else await adminQuery(url, `create database ${name}`);
    const database = await openDatabase({ url: withDatabase(url, name), poolSize: 5 });
    if (!from) await migrateDatabase(database);
    return {
      ...database,
      async close() {
        await database.close();
        await adminQuery(url, `drop database if exists ${name} with (force)`);
      },
    };
  }
  const dump = template('pgliteTemplate');
  if (dump) return openDatabase({ memory: true, loadDataDir: new Blob([fs.readFileSync(dump)]) });
  const database = await openDatabase({ memory: true });
  await migrateDatabase(database);
  return database;
}

/** A migrated database that separate processes open in turn, and the environment that points a `parley` process at it. */
export type SharedTestDatabase = { env: Record<string, string>; open(): Promise<Database>; dispose(): Promise<void> };

/**
 * For tests with child processes: an embedded database in `dataDir` (one process at a time), or, with DATABASE_URL,
 * a new database on that server copied from the migrated template.
 */
export async function createSharedTestDatabase(dataDir: string): Promise<SharedTestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `parley_test_${randomBytes(6).toString('hex')}`;
    await copyTemplateDatabase(url, name, inject('postgresTemplate'));
    const databaseUrl = withDatabase(url, name);
    return {
      env: { DATABASE_URL: databaseUrl },
      open: () => openDatabase({ url: databaseUrl, poolSize: 5 }),
      dispose: () => adminQuery(url, `drop database if exists ${name} with (force)`),
    };
  }
  const database = await openDatabase({ dataDir });
  await migrateDatabase(database);
  await database.close();
  return { env: {}, open: () => openDatabase({ dataDir }), dispose: async () => undefined };
}
