import { sql, type SQL } from 'drizzle-orm';
import { PgBoss, fromDrizzle, fromPglite, type Job } from 'pg-boss';
import { anotherProcessIsConnected, selectRows, type Database, type Db } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { JobDefinition } from './job-definition.ts';

export type SendOptions = {
  singletonKey?: string;
  startAfterSeconds?: number;
  /** Queue the job inside this database transaction: it exists only if the transaction commits. */
  transaction?: Db;
};

export type Queue = {
  /** Creates the queues of these jobs (idempotent). Any process may send once this has run. */
  register(jobs: readonly JobDefinition[]): Promise<void>;
  send<D extends JobDefinition>(job: D, data: unknown, options?: SendOptions): Promise<string | null>;
  /** Starts handlers for these jobs in this process. */
  work(jobs: readonly JobDefinition[]): Promise<void>;
  /**
   * The payloads of this job's runs still to come: waiting, retrying, or held by a worker that may be alive. Read it
   * in `transaction`, before this process works the job: an active run is then presumed dead when no other Parley
   * process is connected to the database (always so on PGlite), or when its heartbeat or its expiry has lapsed.
   */
  findPendingPayloads(job: JobDefinition, transaction: Db): Promise<unknown[]>;
  /** Runs this job on a cron schedule (UTC), in whichever process works it; setting it again replaces it. */
  schedule(job: JobDefinition, cron: string): Promise<void>;
  /** Per job name: runs waiting (now or later), running, and failed after their last retry (as pg-boss still keeps them). */
  countJobs(): Promise<QueueCount[]>;
  /** Runs that failed after their last retry, newest first, with the error they ended on. */
  findFailedJobs(window: { limit: number; offset: number }): Promise<{ rows: FailedJob[]; total: number }>;
  /** Runs a failed job again (its retry count starts over); false when no such failed job exists. */
  retryFailedJob(ref: FailedJobRef): Promise<boolean>;
  /** Deletes a failed job for good; false when no such failed job exists. */
  discardFailedJob(ref: FailedJobRef): Promise<boolean>;
  stop(): Promise<void>;
};

export type QueueCount = { name: string; waiting: number; active: number; failed: number };
export type FailedJobRef = { name: string; id: string };
export type FailedJob = FailedJobRef & { failedAt: Date; attempts: number; error: string };

/** The message a failed run ended on, as pg-boss keeps it in `output` (an Error serialised, or what a handler threw). */
function failureMessage(output: unknown): string {
  if (output && typeof output === 'object') {
    const message = (output as { message?: unknown }).message;
    if (typeof message === 'string' && message) return message.slice(0, 500);
  }
  return 'no message';
}

/** The database schema of pg-boss's tables. */
const bossSchema = 'pgboss';

/** pg-boss statements run through a Drizzle transaction of ours (both drivers answer execute() with { rows }). */
function inTransaction(transaction: Db) {
  return fromDrizzle({ execute: async (query) => (await transaction.execute(query as SQL)) as { rows: unknown[] } }, sql);
}

/** pg-boss on whichever database Parley uses: in-process on PGlite, shared by every process on a server. */
export async function startQueue(database: Database, log: Logger): Promise<Queue> {
  const boss =
    database.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(database.pglite!), backend: 'pglite', schema: bossSchema })
      : new PgBoss({
          db: { executeSql: (text: string, values?: unknown[]) => database.pool!.query(text, values) },
          schema: bossSchema,
        });
  boss.on('error', (error: unknown) => log.error({ err: error }, 'queue error'));
  await boss.start();
  const registered = new Set<string>();
  const isFailed = async (ref: FailedJobRef) =>
    (await selectRows(database.db, sql`select 1 from ${sql.identifier(bossSchema)}.job where name = ${ref.name} and id = ${ref.id} and state = 'failed'`)).length > 0;

  return {
    async register(jobs) {
      for (const job of jobs) {
        if (registered.has(job.name)) continue;
        await boss.createQueue(job.name, {
          retryLimit: job.retryLimit ?? 3,
          retryDelay: job.retryDelaySeconds ?? 5,
          retryBackoff: true,
          expireInSeconds: job.expireInSeconds ?? 15 * 60,
          ...(job.heartbeatSeconds ? { heartbeatSeconds: job.heartbeatSeconds } : {}),
        });
        registered.add(job.name);
      }
    },
    async send(job, data, options = {}) {
      const parsed = job.schema.safeParse(data);
      // Services build the payloads: an invalid one is our bug, never the caller's, so a plain Error (a 500 that shows
      // only the request id; the details go to the log).
      if (!parsed.success) throw new Error(`Invalid payload for job ${job.name}: ${parsed.error.message}`);
      return boss.send(job.name, parsed.data as object, {
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
        ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
        ...(options.transaction ? { db: inTransaction(options.transaction) } : {}),
      });
    },
    async work(jobs) {
      for (const job of jobs) {
        await boss.work(job.name, { localConcurrency: job.concurrency ?? 1, pollingIntervalSeconds: 0.5 }, async (batch: Job<object>[]) => {
          for (const item of batch) {
            const jobLog = log.child({ job: job.name, jobId: item.id });
            const parsed = job.schema.safeParse(item.data);
            if (!parsed.success) throw new Error(`Invalid payload for job ${job.name}: ${parsed.error.message}`);
            await job.handler(parsed.data, { jobId: item.id, attempt: item.retryCount + 1, log: jobLog });
          }
        });
      }
    },
    async findPendingPayloads(job, transaction) {
      const othersMayHoldRuns = await anotherProcessIsConnected(database, transaction);
      // pg-boss keeps its runs in <schema>.job; heartbeat_on is set when a run is fetched and refreshed by its worker.
      const rows = await selectRows<{ data: unknown }>(
        transaction,
        sql`select data from ${sql.identifier(bossSchema)}.job
            where name = ${job.name}
              and (state in ('created', 'retry')
                or (state = 'active' and ${othersMayHoldRuns ? sql`true` : sql`false`}
                    and started_on + expire_seconds * interval '1 second' > now()
                    and (heartbeat_seconds is null or coalesce(heartbeat_on, started_on) + heartbeat_seconds * interval '1 second' > now())))`,
      );
      return rows.map((row) => row.data);
    },
    async schedule(job, cron) {
      await boss.schedule(job.name, cron, {}, { tz: 'UTC' });
    },
    async countJobs() {
      const rows = await selectRows<{ name: string; waiting: number; active: number; failed: number }>(
        database.db,
        sql`select name,
                   count(*) filter (where state in ('created', 'retry'))::int as waiting,
                   count(*) filter (where state = 'active')::int as active,
                   count(*) filter (where state = 'failed')::int as failed
            from ${sql.identifier(bossSchema)}.job group by name order by name`,
      );
      return rows;
    },
    async findFailedJobs({ limit, offset }) {
      const rows = await selectRows<{ id: string; name: string; failed_at: Date | string; retry_count: number; output: unknown }>(
        database.db,
        sql`select id, name, completed_on as failed_at, retry_count, output from ${sql.identifier(bossSchema)}.job
            where state = 'failed' order by completed_on desc, id limit ${limit} offset ${offset}`,
      );
      const [total] = await selectRows<{ total: number }>(database.db, sql`select count(*)::int as total from ${sql.identifier(bossSchema)}.job where state = 'failed'`);
      return {
        rows: rows.map((row) => ({ id: row.id, name: row.name, failedAt: new Date(row.failed_at), attempts: row.retry_count + 1, error: failureMessage(row.output) })),
        total: total?.total ?? 0,
      };
    },
    async retryFailedJob(ref) {
      if (!(await isFailed(ref))) return false;
      await boss.retry(ref.name, ref.id);
      return true;
    },
    async discardFailedJob(ref) {
      if (!(await isFailed(ref))) return false;
      await boss.deleteJob(ref.name, ref.id);
      return true;
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
