import { StorageError } from '#server/platform/storage/index.ts';

/** Node's and PostgreSQL's codes for a database that went away or is starting, stopping or restarting. */
const databaseGoneCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01', // admin_shutdown: the server is stopping (pg_ctl stop, a restart)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting up or shutting down
  '08000',
  '08003',
  '08006', // connection_failure
  '08001',
  '08004',
]);

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The error, or the errors it wraps (Drizzle wraps the driver's error in `cause`). */
function* chain(error: unknown): Generator<unknown> {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth += 1) yield current;
}

/**
 * Whether a request failed because the database connection was lost or refused (a restart, a failover): the next
 * attempt will most likely work, so the caller is told to try again (decision 038).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of chain(error)) {
    const code = codeOf(link);
    if (code && databaseGoneCodes.has(code)) return true;
    const message = link instanceof Error ? link.message : '';
    if (/Connection terminated|connection is insecure|Client has encountered a connection error|terminating connection due to administrator command/i.test(message)) return true;
  }
  return false;
}

/**
 * Whether a request gave up waiting for a database connection: every connection of the pool was busy for the whole
 * bounded wait (pg-pool's connectionTimeoutMillis), or a new one took that long to open. The request did nothing, so
 * the caller is told to try again in a moment (decision 053).
 */
export function isDatabaseBusy(error: unknown): boolean {
  for (const link of chain(error)) {
    if (link instanceof Error && /timeout exceeded when trying to connect/i.test(link.message)) return true;
  }
  return false;
}

/** Whether a write failed because the file storage is full (the disk, a quota, or a driver saying so). */
export function isStorageFull(error: unknown): boolean {
  for (const link of chain(error)) {
    if (link instanceof StorageError && link.code === 'full') return true;
    const code = codeOf(link);
    if (code === 'ENOSPC' || code === 'EDQUOT') return true;
  }
  return false;
}
