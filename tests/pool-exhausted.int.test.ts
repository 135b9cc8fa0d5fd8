import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '#server/db/client.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createSharedTestDatabase, type SharedTestDatabase } from '#tests/support/test-database.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

// PGlite has no pool (one connection, every query waits its turn), so this is about a PostgreSQL server's pool.
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) console.warn('Pool exhaustion test not run: it needs DATABASE_URL (a PostgreSQL server); PGlite has no connection pool.');

describe.skipIf(!serverUrl)('a request that finds every database connection busy (decision 053)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-pool-'));
  let shared: SharedTestDatabase;
  let t: TestApp;
  let owner: Caller;

  beforeAll(async () => {
    shared = await createSharedTestDatabase(dataDir);
    // One connection, and a short bounded wait for it.
    const database = await openDatabase({ url: shared.env.DATABASE_URL!, poolSize: 1, poolWaitMs: 300 });
    t = await createTestApp({}, { reuse: { database, dataDir } });
    owner = await signUp(t, { name: 'Pat Pool' });
  });
  afterAll(async () => {
    await t?.close();
    await t?.database.close();
    await shared?.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function holdTheConnection(): Promise<pg.PoolClient> {
    return t.database.pool!.connect();
  }

  it('waits its turn when the connection comes free within the wait', async () => {
    const held = await holdTheConnection();
    setTimeout(() => held.release(), 50);
    const response = await call(t, 'GET', '/api/me', { cookie: owner.cookie });
    expect(response.statusCode, response.body).toBe(200);
  });

  it('is answered 503 "busy, try again" with a Retry-After once the wait is over, never 500', async () => {
    const held = await holdTheConnection();
    try {
      const response = await call(t, 'GET', '/api/me', { cookie: owner.cookie });
      expect(response.statusCode, response.body).toBe(503);
      expect(response.headers['retry-after']).toBe('1');
      expect(response.json()).toMatchObject({ error: { code: 'unavailable', message: expect.stringContaining('try again') } });
    } finally {
      held.release();
    }
    const after = await call(t, 'GET', '/api/me', { cookie: owner.cookie });
    expect(after.statusCode, after.body).toBe(200);
  });
});
