import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '#server/db/client.ts';
import { migrateDatabase } from '#server/db/migrate.ts';
import { isDatabaseUnavailable } from '#server/platform/transient-errors.ts';
import type { Batch, CandidatePage } from '#shared/contracts/hiring.ts';
import { backendJob, readResumeFixture } from '#tests/fixtures/hiring.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createWorkspace, multipartBody, waitFor } from '#tests/support/hiring-http.ts';
import { privatePostgresUnavailable, startPrivatePostgres, type PrivatePostgres } from '#tests/support/private-postgres.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { writeZip } from '#tests/support/zip-writer.ts';

const personas = ['software-engineer', 'data-analyst', 'registered-nurse', 'chef', 'accountant', 'devops-engineer', 'electrician', 'pharmacist', 'paralegal', 'architect',
  'civil-engineer', 'dental-hygienist', 'financial-analyst', 'graphic-designer', 'hr-specialist', 'marketing-manager', 'mechanical-engineer', 'primary-teacher', 'project-manager', 'social-worker'];
const names = personas.map((persona, index) => `${persona}.${index % 2 === 0 ? 'pdf' : 'docx'}`);

// The drill stops and starts a PostgreSQL server: its own throwaway cluster, never the machine's shared one. Where no
// server binaries are installed it cannot run at all, and says why.
const unavailable = privatePostgresUnavailable();
if (unavailable) console.warn(`PostgreSQL restart drill not run: ${unavailable}`);

describe.skipIf(unavailable !== undefined)('PostgreSQL restarts while the API serves and a batch runs (decision 038)', () => {
  let cluster: PrivatePostgres;
  let t: TestApp;
  let owner: Caller;
  let jobId: string;
  let batchId: string;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-restart-'));
  const downAnswers: { statusCode: number; body: string; retryAfter: unknown }[] = [];
  // Connections the restart broke, as the pool reported them instead of crashing the process.
  const lostConnections: Error[] = [];

  beforeAll(async () => {
    cluster = await startPrivatePostgres();
    const database = await openDatabase({ url: cluster.url, poolSize: 5, onConnectionError: (error) => lostConnections.push(error) });
    await migrateDatabase(database);
    // The drill is about the database: a generous parse deadline, so a loaded machine does not fail CVs as too complex.
    t = await createTestApp({ DOCUMENT_PARSE_TIMEOUT_MS: '120000' }, { withQueue: true, reuse: { database, dataDir } });
    owner = await signUp(t, { name: 'Rita Restart' });
    const workspaceId = await createWorkspace(t.app, t.config.publicUrl, owner);
    jobId = (await call(t, 'POST', `/api/workspaces/${workspaceId}/jobs`, { cookie: owner.cookie, payload: backendJob })).json<{ id: string }>().id;
    const upload = await multipartBody([{ name: 'cvs.zip', data: writeZip(names.map((name) => ({ name, data: readResumeFixture(name) }))) }]);
    const started = await call(t, 'POST', `/api/jobs/${jobId}/batches`, { cookie: owner.cookie, headers: upload.headers, payload: upload.payload });
    expect(started.statusCode, started.body).toBe(202);
    batchId = started.json<{ id: string }>().id;

    // Mid-batch: a few CVs screened, the rest waiting or in progress. Then the server goes away and comes back.
    await waitFor(async () => (await call(t, 'GET', `/api/batches/${batchId}`, { cookie: owner.cookie })).json<Batch>(), (batch) => batch.processed >= 3, 240_000);
    await cluster.stop();
    for (const url of [`/api/batches/${batchId}`, `/api/jobs/${jobId}/candidates`, '/api/profile']) {
      const response = await call(t, 'GET', url, { cookie: owner.cookie });
      downAnswers.push({ statusCode: response.statusCode, body: response.body, retryAfter: response.headers['retry-after'] });
    }
    await cluster.start();
  }, 600_000);
  afterAll(async () => {
    await t?.close();
    await t?.database.close();
    await cluster?.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers requests while the server is down with 503 "try again" and a Retry-After', () => {
    expect(downAnswers).toHaveLength(3);
    for (const answer of downAnswers) {
      expect(answer.statusCode, answer.body).toBe(503);
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'unavailable', message: expect.stringContaining('try again') } });
      expect(answer.retryAfter).toBe('5');
    }
  });

  it('hears of the connections the restart broke without crashing (an unhandled one fails this file)', () => {
    expect(lostConnections.length).toBeGreaterThan(0);
    expect(lostConnections.some((error) => isDatabaseUnavailable(error))).toBe(true);
  });

  it('reconnects by itself: the same requests work once the server is back', { timeout: 120_000 }, async () => {
    const batch = await waitFor(async () => call(t, 'GET', `/api/batches/${batchId}`, { cookie: owner.cookie }), (response) => response.statusCode === 200, 60_000);
    expect(batch.json<Batch>().id).toBe(batchId);
    expect((await call(t, 'GET', '/api/profile', { cookie: owner.cookie })).statusCode).toBe(200);
  });

  it('completes the batch with every CV screened exactly once', { timeout: 360_000 }, async () => {
    const batch = await waitFor(async () => (await call(t, 'GET', `/api/batches/${batchId}`, { cookie: owner.cookie })).json<Batch>(), (value) => value.status === 'completed', 300_000);
    expect(batch.total).toBe(names.length);
    expect(batch.files.filter((file) => file.status !== 'done')).toEqual([]);
    const page = (await call(t, 'GET', `/api/jobs/${jobId}/candidates?limit=100`, { cookie: owner.cookie })).json<CandidatePage>();
    expect(page.total).toBe(names.length);
    expect(new Set(batch.files.map((file) => file.candidateId)).size).toBe(names.length);
  });
});
