import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { processName } from '#server/platform/process-name.ts';
import { lockDataDir } from './data-dir-lock.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  kind: DatabaseKind;
  /** Where the data lives, without credentials: a folder, memory, or host:port/name. */
  location: string;
  /** The raw PGlite instance (pg-boss and tests need it); undefined on a server. */
  pglite: PGlite | undefined;
  /** The node-postgres pool; undefined on PGlite. */
  pool: pg.Pool | undefined;
  close(): Promise<void>;
};

export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}

export type OpenDatabaseOptions =
  | {
      url: string;
      poolSize?: number;
      /** How long a query waits for a free connection (or a new one to open) before failing as "busy" (decision 053). */
      poolWaitMs?: number;
      onConnectionError?: (error: Error) => void;
    }
  | { dataDir: string }
  | { memory: true; loadDataDir?: Blob };

/**
 * PGlite runs PostgreSQL in the process's own memory, and PostgreSQL's default 128 MB of shared buffers were ~100 MB
 * of resident memory from the first query on (a server process has its buffers outside Node). With one backend, the
 * operating system's page cache behind the data folder does the rest. Decision 055 has the measurements.
 */
export const pgliteSharedBuffers = '16MB';
const pgliteOptions = { extensions: { vector }, startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${pgliteSharedBuffers}`] };

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if ('url' in options) return openPostgres(options.url, { size: options.poolSize ?? 10, waitMs: options.poolWaitMs ?? 5000 }, options.onConnectionError);
  if ('dataDir' in options) {
    const dir = path.join(options.dataDir, 'pg');
    const release = lockDataDir(dir);
    try {
      if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) await createDataFolder(dir);
      const client = await PGlite.create(dir, pgliteOptions);
      return wrapPglite(client, dir, release);
    } catch (error) {
      release();
      throw error;
    }
  }
  const client = await PGlite.create({ ...pgliteOptions, loadDataDir: options.loadDataDir });
  return wrapPglite(client, 'memory', () => undefined);
}

/**
 * Runs initdb in a new folder, in a child process. initdb works in a WebAssembly instance of its own beside a copy of
 * PostgreSQL's whole memory: in the server's process that left ~400 MB held after the first start (WebAssembly memory
 * never shrinks, and what was freed stayed with the allocator), so the first start held more than every later one. In a
 * child, it all goes when the child exits; the server then opens the folder as any later start does (decision 055).
 */
async function createDataFolder(dir: string): Promise<void> {
  const script = fileURLToPath(new URL('./create-data-folder.js', import.meta.url));
  const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => child.once('error', reject).once('exit', resolve));
  if (code !== 0) throw new Error(`could not create the database in ${dir} (initdb exited with ${code}): ${errors.trim().slice(-2000)}`);
}

function wrapPglite(client: PGlite, location: string, release: () => void): Database {
  return {
    db: drizzlePglite(client, { schema }),
    kind: 'pglite',
    location,
    pglite: client,
    pool: undefined,
    async close() {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the configured server';
  }
}

async function openPostgres(url: string, limits: { size: number; waitMs: number }, onConnectionError: (error: Error) => void = () => undefined): Promise<Database> {
  const location = describePostgresUrl(url);
  // pg-pool bounds both the wait in its queue and the opening of a connection by connectionTimeoutMillis: a request
  // waits its turn that long, then fails with "timeout exceeded when trying to connect", answered 503 (decision 053).
  const pool = new pg.Pool({ connectionString: url, max: limits.size, connectionTimeoutMillis: limits.waitMs, application_name: processName });
  listenForLostConnections(pool, onConnectionError);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code : String(error);
    throw new DatabaseUnavailableError(`Cannot reach the database at ${location}: ${reason}`);
  }
  return {
    db: drizzlePostgres(pool, { schema }) as unknown as Db,
    kind: 'postgres',
    location,
    pglite: undefined,
    pool,
    close: () => endPool(pool),
  };
}

/** How long closing waits for the pool's connections to end before it lets them go with the process. */
const poolEndGraceMs = 5000;

/**
 * Ends the pool, but does not wait forever: after a server restart, pg's `end()` was seen waiting on a connection the
 * server had dropped without a goodbye (the restart drill's close, about one run in three), which would hold a
 * shutdown. Past the grace the remaining sockets are left to the process's exit.
 */
async function endPool(pool: pg.Pool): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, poolEndGraceMs);
    timer.unref();
  });
  try {
    await Promise.race([pool.end(), grace]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A connection the server ends (a restart, a failover, an administrator) reports an 'error' event; one nobody listens
 * for crashes the process. The pool listens on idle connections only; a checked-out one (a transaction between two
 * statements, the migration's) has no listener of its own, so every connection gets one for its whole life. The broken
 * connection is then dropped when it is released (pg-pool checks it is still queryable), and the statement that needed
 * it fails with "Client has encountered a connection error", which the error handler answers with a 503 (decision 038).
 */
function listenForLostConnections(pool: pg.Pool, onConnectionError: (error: Error) => void): void {
  pool.on('error', onConnectionError);
  pool.on('connect', (client) => {
    client.on('error', onConnectionError);
  });
}

/** Whether another Parley process is connected to this database right now; never on PGlite, which one process owns. */
export async function anotherProcessIsConnected(database: Database, db: Db = database.db): Promise<boolean> {
  if (database.kind === 'pglite') return false;
  const rows = await selectRows<{ present: boolean }>(
    db,
    sql`select exists (select 1 from pg_stat_activity where datname = current_database()
          and application_name like 'parley %' and application_name <> current_setting('application_name')) as present`,
  );
  return rows[0]?.present === true;
}

/** Whether the pgvector extension is installed in this database (it is optional on a server). */
export async function hasVectorExtension(db: Db): Promise<boolean> {
  const rows = await selectRows<{ present: boolean }>(db, sql`select exists (select 1 from pg_extension where extname = 'vector') as present`);
  return rows[0]?.present === true;
}

/** Raw SQL for the few queries the query builder cannot express; both drivers answer with { rows }. */
export async function selectRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: Row[] }).rows;
}
