import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { createLogger, type Logger } from './platform/logger.ts';
import { resolveServerSecret } from './platform/server-secret.ts';
import { ensureWebBuilt } from './web-build.ts';

export type RunningServer = { app: FastifyInstance; database: Database; url: string; stop(): Promise<void> };

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ url: config.databaseUrl, poolSize: config.databasePoolSize })
    : openDatabase({ dataDir: config.dataDir });
}

/** config → database → migrations → app → listen. Returns a handle whose stop() closes everything in order. */
export async function startServer(config: Config, log: Logger = createLogger(config)): Promise<RunningServer> {
  const secret = resolveServerSecret(config.serverSecret, config.dataDir);
  const webRoot = await ensureWebBuilt(log);
  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
    const app = await buildApp({ config: { ...config, serverSecret: secret }, database, log, webRoot });
    const url = await app.listen({ host: config.host, port: config.port });
    log.info({ database: database.kind, location: database.location }, `Parley is ready on ${config.publicUrl}`);
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        await app.close();
        await database.close();
      })());
    return { app, database, url, stop };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Stops accepting connections, lets in-flight requests finish, then closes the database. */
export function closeOnSignals(server: RunningServer, log: Logger, graceMs = 10_000): void {
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
