import type { FastifyInstance } from 'fastify';
import { warmDocumentReaders } from '#server/ai/index.ts';
import { buildApp } from '#server/app.ts';
import type { Config } from '#server/config.ts';
import { openDatabase, type Database } from '#server/db/client.ts';
import { migrateDatabase } from '#server/db/migrate.ts';
import { createAllJobs, recoverBackgroundWork } from '#server/jobs.ts';
import { createLogger, type Logger } from '#server/platform/logger.ts';
import type { JobDefinition } from '#server/platform/queue/job-definition.ts';
import { startQueue, type Queue } from '#server/platform/queue/queue.ts';
import { resolveServerSecret } from '#server/platform/server-secret.ts';
import { createRuntime, type Runtime } from '#server/runtime.ts';
import { ensureWebBuilt } from '#server/web-build.ts';

export type RunningServer = { app: FastifyInstance; database: Database; queue: Queue; url: string; stop(): Promise<void> };

export async function openConfiguredDatabase(config: Config, log?: Logger): Promise<Database> {
  const onConnectionError = (error: Error) => log?.warn({ err: error }, 'a database connection was lost; it is replaced on the next query');
  return config.databaseUrl
    ? openDatabase({ url: config.databaseUrl, poolSize: config.databasePoolSize, poolWaitMs: config.databasePoolWaitMs, onConnectionError })
    : openDatabase({ dataDir: config.dataDir });
}

/**
 * SERVER_SECRET, or the one kept in the data folder (generated on the first start). Resolved before anything else, so
 * an unusable secret file stops the start with one line (ServerSecretError) before any work is done.
 */
function withServerSecret(config: Config): Config {
  return { ...config, serverSecret: resolveServerSecret(config.serverSecret, config.dataDir) };
}

/**
 * What the server and the worker share: a migrated database, a queue with every job registered, and the runtime
 * (engine, storage, mailer, speech) built once and passed to the app and the jobs.
 */
type ProcessRuntime = Runtime & { queue: Queue; jobs: readonly JobDefinition[]; close(): Promise<void> };

async function openRuntime(config: Config, log: Logger): Promise<ProcessRuntime> {
  const database = await openConfiguredDatabase(config, log);
  let queue: Queue | undefined;
  let runtime: Runtime | undefined;
  try {
    await migrateDatabase(database);
    queue = await startQueue(database, log);
    const started = { ...createRuntime({ config, database, log, queue }), queue };
    runtime = started;
    const jobs = createAllJobs(started);
    await queue.register(jobs);
    await recoverBackgroundWork(started);
    return {
      ...started,
      jobs,
      async close() {
        await started.queue.stop();
        started.mailer.close();
        await database.close();
      },
    };
  } catch (error) {
    await queue?.stop().catch(() => undefined);
    runtime?.mailer.close();
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
  const config = withServerSecret(configured);
  const webRoot = await ensureWebBuilt(log);
  const runtime = await openRuntime(config, log);
  const { database, queue, jobs } = runtime;
  try {
    const app = await buildApp({ ...runtime, webRoot });
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
  const runtime = await openRuntime(withServerSecret(configured), log);
  const { database, queue, jobs } = runtime;
  try {
    // Its work is screening: the document readers load their parser now, not when the first batch arrives (decision 052).
    void warmDocumentReaders(configured.documentParse).catch((error: unknown) => log.warn({ err: error }, 'could not start the document readers ahead of work'));
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
