import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureServerBuilt } from '#scripts/build-server.js';
import { openDatabase } from '#server/db/client.ts';
import { migrateDatabase } from '#server/db/migrate.ts';
import { createLogger } from '#server/platform/logger.ts';
import { ensureWebBuilt } from '#server/web-build.ts';
import { adminQuery, templateDatabaseName } from './postgres-admin.ts';

/**
 * Compiles the CLI and server and builds the web app when they are missing or stale, once, before any test starts a
 * `parley` process (bin/parley.js would otherwise do it in every process at once). Then migrates one template database
 * per run; every test file gets its own copy in a fraction of a second (PGlite: a dumped data folder; PostgreSQL:
 * CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await ensureServerBuilt();
  await ensureWebBuilt(createLogger({ logLevel: 'warn' }));
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = templateDatabaseName();
    await adminQuery(url, `drop database if exists ${template}`);
    await adminQuery(url, `create database ${template}`);
    const database = await openDatabase({ url: withDatabase(url, template) });
    await migrateDatabase(database);
    await database.close();
    project.provide('postgresTemplate', template);
    return async () => {
      await adminQuery(url, `drop database if exists ${template}`);
    };
  }
  const database = await openDatabase({ memory: true });
  await migrateDatabase(database);
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-template-')), 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return async () => {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  };
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}
