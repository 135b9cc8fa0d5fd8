import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '#server/db/client.ts';
import { migrateDatabase } from '#server/db/migrate.ts';
import { withDatabase } from '#tests/support/global-setup.ts';
import { startParleyServer, type ParleyServer } from '#tests/support/parley-process.ts';
import { adminQuery } from '#tests/support/postgres-admin.ts';

/** The PostgreSQL server the integration tests use (CI has one); the machine's own when DATABASE_URL is not set. */
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function serverReachable(): Promise<boolean> {
  try {
    await adminQuery(serverUrl, 'select 1');
    return true;
  } catch {
    return false;
  }
}

const reachable = await serverReachable();
if (!reachable) process.stderr.write(`Skipping the two-process limit test: no PostgreSQL server answers at ${serverUrl} (set DATABASE_URL to one).\n`);

const secret = 'shared-limits-secret-shared-limits-0123456';
const perMinute = 8;

describe.skipIf(!reachable)('limits and lockouts shared by two Parley processes on one PostgreSQL server', () => {
  const name = `parley_limits_${randomBytes(6).toString('hex')}`;
  let a: ParleyServer;
  let b: ParleyServer;

  beforeAll(async () => {
    await adminQuery(serverUrl, `create database ${name}`);
    const databaseUrl = withDatabase(serverUrl, name);
    const database = await openDatabase({ url: databaseUrl, poolSize: 2 });
    try {
      await migrateDatabase(database);
    } finally {
      await database.close();
    }
    const env = { DATABASE_URL: databaseUrl, SERVER_SECRET: secret, AUTH_RATE_LIMIT_PER_MINUTE: String(perMinute) };
    const dataDir = (label: string) => fs.mkdtempSync(path.join(os.tmpdir(), `parley-limits-${label}-`));
    // One after the other: the first start compiles the server when the sources changed, the second finds it built.
    a = await startParleyServer({ ...env, DATA_DIR: dataDir('a') }, 240_000);
    b = await startParleyServer({ ...env, DATA_DIR: dataDir('b') }, 240_000);
  }, 300_000);

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  });

  async function signInAt(server: ParleyServer, email: string) {
    const response = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email, password: 'Wrong-password-for-a-ghost-1' }),
    });
    return { status: response.status, body: (await response.json()) as { error?: { code?: string } } };
  }

  it('locks an unknown address after 5 failures spread over both processes, and counts one rate limit for both', async () => {
    const ghost = `ghost.${randomBytes(3).toString('hex')}@example.org`;
    const answers: number[] = [];
    // Alternating processes, as a load balancer would: A, B, A, B, …
    for (let attempt = 0; attempt < perMinute + 2; attempt += 1) answers.push((await signInAt(attempt % 2 === 0 ? a : b, ghost)).status);
    // Five failures (3 on A, 2 on B) lock the address for both; each process alone saw too few to lock it.
    expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(answers.slice(5, perMinute)).toEqual([423, 423, 423]);
    // The ninth and tenth requests of the minute from this address are over the limit of 8 — on either process,
    // though neither has served more than 5.
    expect(answers.slice(perMinute)).toEqual([429, 429]);
    const again = await signInAt(b, `other.${ghost}`);
    expect(again.status).toBe(429);
    expect(again.body.error?.code).toBe('rate_limited');
  });
});
