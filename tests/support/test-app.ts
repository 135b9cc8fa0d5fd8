import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '#server/app.ts';
import { loadConfig, type Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import { createAllJobs, recoverBackgroundWork } from '#server/jobs.ts';
import { createLogger } from '#server/platform/logger.ts';
import type { Lookup } from '#server/platform/outbound/index.ts';
import { startQueue, type Queue } from '#server/platform/queue/queue.ts';
import { createStorage, type FileStorage } from '#server/platform/storage/index.ts';
import { createRuntime, type Runtime } from '#server/runtime.ts';
import { createTestDatabase } from './test-database.ts';

export type TestApp = { app: FastifyInstance; database: Database; config: Config; queue?: Queue; runtime: Runtime; close(): Promise<void> };

export type TestAppOptions = {
  /** Start pg-boss on the test database and run every job in this process. */
  withQueue?: boolean;
  /** Reuse a database (and data folder) of an earlier app, to test a restart; close() then leaves both in place. */
  reuse?: { database: Database; dataDir: string };
  /** The process's clock (decision 012); a test moves it to cross a deadline. */
  now?: () => Date;
  /** Resolves host names for the outbound guard as a DNS server would (test names to chosen addresses); the guard itself is the real one. */
  outboundLookup?: Lookup;
  /** Wraps the real file storage, e.g. in a fake that fails writes as a full disk does. */
  storage?: (real: FileStorage) => FileStorage;
};

/** The real app on a fresh test database; requests go through app.inject(). */
export async function createTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = options.reuse?.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'parley-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    SERVER_SECRET: 'test-secret-test-secret-test-secret-0123',
    // Most tests sign in many times from one address; the rate-limit test sets its own low limit.
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    ...env,
  });
  const database = options.reuse?.database ?? (await createTestDatabase());
  const log = createLogger(config);
  const queue = options.withQueue ? await startQueue(database, log) : undefined;
  // Built once, as a server process does: the app and the jobs share one engine, storage, mailer and speech service.
  const runtime = createRuntime({ config, database, log, ...(queue ? { queue } : {}), ...(options.now ? { now: options.now } : {}), ...(options.outboundLookup ? { outboundLookup: options.outboundLookup } : {}), ...(options.storage ? { storage: options.storage(createStorage(config.storage)) } : {}) });
  if (queue) {
    const jobs = createAllJobs({ ...runtime, queue });
    await queue.register(jobs);
    await recoverBackgroundWork({ ...runtime, queue });
    await queue.work(jobs);
  }
  const app = await buildApp(runtime);
  await app.ready();
  return {
    app,
    database,
    config,
    runtime,
    ...(queue ? { queue } : {}),
    async close() {
      await app.close();
      await queue?.stop();
      runtime.mailer.close();
      await runtime.outbound.close();
      if (options.reuse) return;
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
