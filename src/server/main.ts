import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { createAllJobs, recoverBackgroundWork } from './jobs.ts';
import type { JobDefinition } from './platform/queue/job-definition.ts';
import { startQueue, type Queue } from './platform/queue/queue.ts';
import { createLogger, type Logger } from './platform/logger.ts';
import { resolveServerSecret } from './platform/server-secret.ts';
import { ensureWebBuilt } from './web-build.ts';

export type RunningServer = { app: FastifyInstance; database: Database; queue: Queue; url: string; stop(): Promise<void> };

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ url: config.databaseUrl, poolSize: config.databasePoolSize })
    : openDatabase({ dataDir: config.dataDir });
}

/** SERVER_SECRET, or the one generated into the data folder on first start. */
function withServerSecret(config: Config): Config {
  return { ...config, serverSecret: resolveServerSecret(config.serverSecret, config.dataDir) };
}

/** What the server and the worker share: a migrated database and a queue with every job registered. */
type Runtime = { config: Config; database: Database; queue: Queue; jobs: readonly JobDefinition[]; close(): Promise<void> };

async function openRuntime(configured: Config, log: Logger): Promise<Runtime> {
  const config = withServerSecret(configured);
  const database = await openConfiguredDatabase(config);
  let queue: Queue | undefined;
  try {
    await migrateDatabase(database);
    queue = await startQueue(database, log);
    const jobs = createAllJobs({ config, database, log, queue });
    await queue.register(jobs);
    await recoverBackgroundWork({ config, database, log, queue });
    const started = queue;
    return {
      config,
      database,
      queue: started,
      jobs,
      async close() {
        await started.stop();
        await database.close();
      },
    };
  } catch (error) {
    await queue?.stop().catch(() => undefined);
    await database.close();
    throw error;
  }
}

/** Runs close once, however often it is asked for. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

/** config → database → migrations → app → listen. Returns a handle whose stop() closes everything in order. */
export async function startServer(configured: Config, log: Logger = createLogger(configured)): Promise<RunningServer> {
  const webRoot = await ensureWebBuilt(log);
  const runtime = await openRuntime(configured, log);
  const { config, database, queue, jobs } = runtime;
  try {
    const app = await buildApp({ config, database, queue, log, webRoot });
    const url = await app.listen({ host: config.host, port: config.port });
    if (config.runWorkers) await queue.work(jobs);
    log.info({ database: database.kind, location: database.location, workers: config.runWorkers }, `Parley is ready on ${config.publicUrl}`);
    const stop = once(async () => {
      await app.close();
      await runtime.close();
    });
    return { app, database, queue, url, stop };
  } catch (error) {
    await runtime.close();
    throw error;
  }
}

export type RunningWorker = { database: Database; queue: Queue; stop(): Promise<void> };

/** A process that only runs background jobs (`parley worker`); several may share one PostgreSQL server. */
export async function startWorker(configured: Config, log: Logger = createLogger(configured)): Promise<RunningWorker> {
  const runtime = await openRuntime(configured, log);
  const { database, queue, jobs } = runtime;
  try {
    await queue.work(jobs);
    log.info({ database: database.kind, jobs: jobs.map((job) => job.name) }, 'Parley worker is running');
    return { database, queue, stop: once(() => runtime.close()) };
  } catch (error) {
    await runtime.close();
    throw error;
  }
}

/** Stops accepting connections, lets in-flight requests finish, then closes the database. */
export function closeOnSignals(server: { stop(): Promise<void> }, log: Logger, graceMs = 10_000): void {
  const onSignal = (signal: NodeJS.Signals) => {
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, graceMs);
    force.unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
