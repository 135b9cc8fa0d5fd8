import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendJob, readResumeFixture } from '#tests/fixtures/hiring.ts';
import { startFakeOpenAi } from '#tests/support/fake-llm/index.ts';
import { createWorkspace, multipartBody, signUp, waitFor, waitForRescore, type Session } from '#tests/support/hiring-http.ts';
import { startParleyWorker } from '#tests/support/parley-process.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { createSharedTestDatabase } from '#tests/support/test-database.ts';
import { writeZip } from '#tests/support/zip-writer.ts';
import { loadConfig } from '#server/config.ts';
import { selectRows, type Db } from '#server/db/client.ts';
import { startWorker } from '#server/main.ts';
import type { Batch, CandidatePage, CandidateRow, Job } from '#shared/contracts/hiring.ts';

const personas = ['software-engineer', 'data-analyst', 'registered-nurse', 'chef', 'accountant', 'devops-engineer', 'electrician', 'pharmacist', 'paralegal', 'architect', 'civil-engineer', 'dental-hygienist'];
const names = personas.map((persona, index) => `${persona}.${index % 2 === 0 ? 'pdf' : 'docx'}`);
const secret = 'test-secret-test-secret-test-secret-0123';

type Headers = Record<string, string>;

/** Uploads the personas' CVs to a new job and waits until every one is a candidate. */
async function screenPersonas(t: TestApp, headers: Headers, workspaceId: string): Promise<string> {
  const jobId = (await t.app.inject({ method: 'POST', url: `/api/workspaces/${workspaceId}/jobs`, headers, payload: backendJob })).json<{ id: string }>().id;
  const upload = await multipartBody([{ name: 'cvs.zip', data: writeZip(names.map((name) => ({ name, data: readResumeFixture(name) }))) }]);
  const { id } = (await t.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/batches`, headers: { ...headers, ...upload.headers }, payload: upload.payload })).json<{ id: string }>();
  await waitFor(async () => (await t.app.inject({ method: 'GET', url: `/api/batches/${id}`, headers })).json<Batch>(), (batch) => batch.status === 'completed');
  return jobId;
}

async function ranking(t: TestApp, jobId: string, headers: Headers): Promise<CandidateRow[]> {
  return (await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates?limit=100`, headers })).json<CandidatePage>().items;
}

/** The requirements version each candidate of the job was last scored against. */
async function scoredVersions(db: Db, jobId: string): Promise<number[]> {
  const rows = await selectRows<{ version: number }>(db, sql`select scored_version as version from candidates where job_id = ${jobId}`);
  return rows.map((row) => row.version);
}

/** Every candidate was scored against exactly these must-haves: each one is either matched or missing. */
function expectScoredAgainst(rows: readonly CandidateRow[], mustHaves: readonly string[]) {
  expect(rows).toHaveLength(names.length);
  for (const row of rows) expect([...row.matched, ...row.missing].sort()).toEqual([...mustHaves].sort());
}

describe('re-scoring after a change of requirements, in the background', () => {
  let t: TestApp;
  let owner: Session;
  let jobId: string;
  const as = () => ({ cookie: owner.cookie, origin: t.config.publicUrl });

  beforeAll(async () => {
    t = await createTestApp({}, { withQueue: true });
    owner = await signUp(t.app, t.config.publicUrl, 'Remy Rescore');
    jobId = await screenPersonas(t, as(), await createWorkspace(t.app, t.config.publicUrl, owner));
  });
  afterAll(async () => t.close());

  it('answers the save at once with the rescore queued; every candidate then reflects the new requirements', async () => {
    const before = await ranking(t, jobId, as());
    expect((await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: as() })).json<Job>().rescore).toBeNull();
    const saved = await t.app.inject({ method: 'PATCH', url: `/api/jobs/${jobId}`, headers: as(), payload: { requirements: { mustHaveSkills: ['Wound Care', 'Medication Administration'], niceToHaveSkills: [] } } });
    expect(saved.statusCode).toBe(200);
    // The answer did not wait for the scoring: it carries the run as queued, with nothing scored yet.
    expect(saved.json<Job>().rescore).toMatchObject({ version: 1, status: 'queued', done: 0, total: names.length, startedAt: null, finishedAt: null, error: null });

    const finished = (await waitForRescore(t.app, jobId, as())).rescore!;
    expect(finished).toMatchObject({ version: 1, status: 'done', done: names.length, total: names.length, error: null });
    expect(Date.parse(finished.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(finished.startedAt!));
    const after = await ranking(t, jobId, as());
    expectScoredAgainst(after, ['Wound Care', 'Medication Administration']);
    const nurse = (rows: readonly CandidateRow[]) => rows.find((row) => row.fileName === 'registered-nurse.pdf')!;
    expect(nurse(after).score).toBeGreaterThan(nurse(before).score);
    expect(nurse(after).matched).toEqual(['Wound Care', 'Medication Administration']);
    expect(await scoredVersions(t.database.db, jobId)).toEqual(names.map(() => 1));
  });

  it('lets the latest of two quick changes win: no candidate stays scored against the older one', async () => {
    const first = t.app.inject({ method: 'PATCH', url: `/api/jobs/${jobId}`, headers: as(), payload: { requirements: { mustHaveSkills: ['Excel'] } } });
    const second = t.app.inject({ method: 'PATCH', url: `/api/jobs/${jobId}`, headers: as(), payload: { requirements: { mustHaveSkills: ['Kubernetes', 'Terraform'] } } });
    const versions = (await Promise.all([first, second])).map((reply) => reply.json<Job>().rescore!.version);
    expect(versions.sort()).toEqual([2, 3]);
    const latest = (await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: as() })).json<Job>();
    const done = (await waitForRescore(t.app, jobId, as())).rescore!;
    expect(done).toMatchObject({ version: 3, status: 'done', done: names.length, total: names.length });
    expectScoredAgainst(await ranking(t, jobId, as()), latest.requirements.mustHaveSkills);
    expect(await scoredVersions(t.database.db, jobId)).toEqual(names.map(() => 3));
  });

  it('keeps POST /rescore: it queues a run of a new version and answers 202 with its status', async () => {
    const before = await ranking(t, jobId, as());
    const queued = await t.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/rescore`, headers: as() });
    expect(queued.statusCode).toBe(202);
    expect(queued.json()).toMatchObject({ version: 4, status: 'queued', done: 0, total: names.length });
    expect((await waitForRescore(t.app, jobId, as())).rescore).toMatchObject({ version: 4, status: 'done', done: names.length });
    // The same requirements give the same scores: re-scoring is deterministic offline and idempotent.
    expect((await ranking(t, jobId, as())).map((row) => [row.id, row.score])).toEqual(before.map((row) => [row.id, row.score]));
    expect((await t.app.inject({ method: 'POST', url: '/api/jobs/not-a-uuid/rescore', headers: as() })).statusCode).toBe(400);
  });
});

describe('a rescore whose worker is killed', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-rescore-killed-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is finished by the next process to start: every candidate scored against the latest requirements', async () => {
    const shared = await createSharedTestDatabase(dataDir);
    try {
      // 1. CVs screened offline; then the requirements change in a process without workers: the run waits, queued.
      const database = await shared.open();
      const screener = await createTestApp({}, { withQueue: true, reuse: { database, dataDir } });
      const origin = screener.config.publicUrl;
      const owner = await signUp(screener.app, origin, 'Kai Killed');
      const headers = { cookie: owner.cookie, origin };
      const jobId = await screenPersonas(screener, headers, await createWorkspace(screener.app, origin, owner));
      await screener.close();
      const saver = await createTestApp({}, { reuse: { database, dataDir } });
      const saved = await saver.app.inject({ method: 'PATCH', url: `/api/jobs/${jobId}`, headers, payload: { requirements: { mustHaveSkills: ['Wound Care'], niceToHaveSkills: [] } } });
      expect(saved.json<Job>().rescore).toMatchObject({ version: 1, status: 'queued' });
      await saver.close();
      await database.close();

      // 2. A worker takes the run, scores a few candidates (its LLM refuses, so offline), then hangs on its LLM and is killed.
      const llm = await startFakeOpenAi();
      llm.enqueue(...Array.from({ length: 3 }, () => ({ kind: 'error' as const, status: 400, message: 'refused by the test' })));
      llm.respondWith({ kind: 'hang' });
      const worker = startParleyWorker({ ...shared.env, DATA_DIR: dataDir, SERVER_SECRET: secret, LLM_PROVIDER: 'openai-compatible', LLM_BASE_URL: llm.baseUrl, LLM_MODEL: 'fake-model', LLM_TIMEOUT_MS: '600000' });
      try {
        await waitFor(async () => llm.requests.length, (count) => count >= 4 || worker.child.exitCode !== null, 90_000);
        expect(worker.child.exitCode, worker.output()).toBeNull();
      } finally {
        await worker.stop('SIGKILL');
        await llm.close();
      }
      const killed = await shared.open();
      const [state] = await selectRows<{ status: string; active: number }>(
        killed.db,
        sql`select (select rescore_status from jobs where id = ${jobId}) as status,
                   (select count(*) from pgboss.job where name = 'hiring.rescore-candidates' and state = 'active')::int as active`,
      );
      expect(state).toEqual({ status: 'running', active: 1 });
      expect(await scoredVersions(killed.db, jobId)).toContain(0);
      await killed.close();

      // 3. The next process to start queues the dead worker's run again at once and finishes it.
      const restarted = await startWorker(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, SERVER_SECRET: secret, ...shared.env }));
      try {
        const reader = await createTestApp({}, { reuse: { database: restarted.database, dataDir } });
        expect((await waitForRescore(reader.app, jobId, headers)).rescore).toMatchObject({ version: 1, status: 'done', done: names.length, total: names.length });
        expectScoredAgainst(await ranking(reader, jobId, headers), ['Wound Care']);
        expect(await scoredVersions(restarted.database.db, jobId)).toEqual(names.map(() => 1));
        await reader.close();
      } finally {
        await restarted.stop();
      }
    } finally {
      await shared.dispose();
    }
  }, 240_000);
});
