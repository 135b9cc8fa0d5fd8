import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { createAllJobs } from './jobs.ts';
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

/** config → database → migrations → app → listen. Returns a handle whose stop() closes everything in order. */
export async function startServer(configured: Config, log: Logger = createLogger(configured)): Promise<RunningServer> {
  const config = withServerSecret(configured);
  const webRoot = await ensureWebBuilt(log);
  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
    const queue = await startQueue(database, log);
    const allJobs = createAllJobs({ config, database, log, queue });
    await queue.register(allJobs);
    const app = await buildApp({ config, database, queue, log, webRoot });
    const url = await app.listen({ host: config.host, port: config.port });
    if (config.runWorkers) await queue.work(allJobs);
    log.info({ database: database.kind, location: database.location, workers: config.runWorkers }, `Parley is ready on ${config.publicUrl}`);
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        await app.close();
        await queue.stop();
        await database.close();
      })());
    return { app, database, queue, url, stop };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export type RunningWorker = { database: Database; queue: Queue; stop(): Promise<void> };

/** A process that only runs background jobs (`parley worker`); several may share one PostgreSQL server. */
export async function startWorker(configured: Config, log: Logger = createLogger(configured)): Promise<RunningWorker> {
  const config = withServerSecret(configured);
  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
    const queue = await startQueue(database, log);
    const allJobs = createAllJobs({ config, database, log, queue });
    await queue.register(allJobs);
    await queue.work(allJobs);
    log.info({ database: database.kind, jobs: allJobs.map((job) => job.name) }, 'Parley worker is running');
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        await queue.stop();
        await database.close();
      })());
    return { database, queue, stop };
  } catch (error) {
    await database.close();
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
