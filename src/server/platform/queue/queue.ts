import { PgBoss, fromPglite, type Job } from 'pg-boss';
import type { Database } from '../../db/client.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { JobDefinition } from './job-definition.ts';

export type SendOptions = { singletonKey?: string; startAfterSeconds?: number };

export type Queue = {
  /** Creates the queues of these jobs (idempotent). Any process may send once this has run. */
  register(jobs: readonly JobDefinition[]): Promise<void>;
  send<D extends JobDefinition>(job: D, data: unknown, options?: SendOptions): Promise<string | null>;
  /** Starts handlers for these jobs in this process. */
  work(jobs: readonly JobDefinition[]): Promise<void>;
  stop(): Promise<void>;
};

/** pg-boss on whichever database Parley uses: in-process on PGlite, shared by every process on a server. */
export async function startQueue(database: Database, log: Logger): Promise<Queue> {
  const boss =
    database.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(database.pglite!), backend: 'pglite', schema: 'pgboss' })
      : new PgBoss({
          db: { executeSql: (text: string, values?: unknown[]) => database.pool!.query(text, values) },
          schema: 'pgboss',
        });
  boss.on('error', (error: unknown) => log.error({ err: error }, 'queue error'));
  await boss.start();
  const registered = new Set<string>();

  return {
    async register(jobs) {
      for (const job of jobs) {
        if (registered.has(job.name)) continue;
        await boss.createQueue(job.name, {
          retryLimit: job.retryLimit ?? 3,
          retryDelay: job.retryDelaySeconds ?? 5,
          retryBackoff: true,
          expireInSeconds: job.expireInSeconds ?? 15 * 60,
        });
        registered.add(job.name);
      }
    },
    async send(job, data, options = {}) {
      const parsed = job.schema.safeParse(data);
      if (!parsed.success) throw new AppError('bad_request', `Invalid payload for job ${job.name}: ${parsed.error.message}`);
      return boss.send(job.name, parsed.data as object, {
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
        ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
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
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
