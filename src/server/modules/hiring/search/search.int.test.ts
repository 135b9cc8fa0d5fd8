import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendJob, readResumeFixture } from '#tests/fixtures/hiring.ts';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { createWorkspace, multipartBody, signUp, waitFor, type Session } from '#tests/support/hiring-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { createTestDatabase } from '#tests/support/test-database.ts';
import { writeZip } from '#tests/support/zip-writer.ts';
import { selectRows, type Database } from '#server/db/client.ts';
import type { Batch, CandidateSearch, JobSearch } from '#shared/contracts/hiring.ts';
import { hasVectorColumns } from './search.repo.ts';

const cvs = ['software-engineer.pdf', 'data-analyst.docx', 'registered-nurse.pdf', 'chef.docx', 'accountant.pdf', 'devops-engineer.docx'];
const nurseJob = { title: 'ICU Nurse', description: 'Registered nurse for our intensive care unit. Requirements: wound care, medication administration, patient assessment.' };
const chefJob = { title: 'Sous Chef', description: 'Run the pastry and grill sections of a busy kitchen; menu planning and food safety.' };

describe('semantic search with an embedding provider', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-search-'));
  let database: Database;
  let embeddings: FakeServer;
  let t: TestApp;
  let owner: Session;
  let workspaceId: string;
  let jobId: string;
  const env = () => ({ EMBEDDING_MODEL: 'text-embedding-3-small', EMBEDDING_BASE_URL: embeddings.baseUrl, EMBEDDING_API_KEY: 'sk-embed-test' });
  const as = () => ({ cookie: owner.cookie, origin: t.config.publicUrl });
  const get = async <T>(url: string) => (await t.app.inject({ method: 'GET', url, headers: as() })).json<T>();
  const searchJobs = (q: string) => get<JobSearch>(`/api/workspaces/${workspaceId}/jobs/search?q=${encodeURIComponent(q)}`);
  const searchCandidates = (q: string, extra = '') => get<CandidateSearch>(`/api/workspaces/${workspaceId}/candidates/search?q=${encodeURIComponent(q)}${extra}`);
  const refuseEmbeddings = () => embeddings.respondWith({ kind: 'error', status: 400, message: 'refused by the test' });
  const answerEmbeddings = () => embeddings.respondWith({ kind: 'json', value: {} });

  beforeAll(async () => {
    database = await createTestDatabase();
    embeddings = await startFakeOpenAi({ apiKey: 'sk-embed-test' });
    t = await createTestApp(env(), { withQueue: true, reuse: { database, dataDir } });
    owner = await signUp(t.app, t.config.publicUrl, 'Sam Search');
    workspaceId = await createWorkspace(t.app, t.config.publicUrl, owner);
    for (const payload of [backendJob, nurseJob, chefJob]) {
      const created = await t.app.inject({ method: 'POST', url: `/api/workspaces/${workspaceId}/jobs`, headers: as(), payload });
      expect(created.statusCode).toBe(201);
      if (payload === backendJob) jobId = created.json<{ id: string }>().id;
    }
    const upload = await multipartBody([{ name: 'cvs.zip', data: writeZip(cvs.map((name) => ({ name, data: readResumeFixture(name) }))) }]);
    const { id } = (await t.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/batches`, headers: { ...as(), ...upload.headers }, payload: upload.payload })).json<{ id: string }>();
    await waitFor(() => get<Batch>(`/api/batches/${id}`), (batch) => batch.status === 'completed');
  });
  afterAll(async () => {
    await t?.close();
    await embeddings?.close();
    await database?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('embeds jobs and CVs through POST /v1/embeddings, sending no names or contacts', async () => {
    const calls = embeddings.requests.filter((request) => request.path === '/v1/embeddings');
    expect(calls.length).toBeGreaterThanOrEqual(3 + cvs.length);
    expect(calls.every((call) => (call.body as { model: string }).model === 'text-embedding-3-small')).toBe(true);
    expect(JSON.stringify(calls.map((call) => call.body))).not.toMatch(/Maya|Chen|maya\.chen@example\.com|555-0132|Sarah Thompson/);
    const [stored] = await selectRows<{ jobs: number; candidates: number; mirrored: number }>(
      database.db,
      (await hasVectorColumns(database.db))
        ? sql`select (select count(*) from jobs where embedding_model = 'text-embedding-3-small' and cardinality(embedding) = 2048)::int as jobs,
                     (select count(*) from candidates where embedding_model = 'text-embedding-3-small')::int as candidates,
                     (select count(*) from candidates where embedding_vec is not null and vector_dims(embedding_vec) = 2048)::int as mirrored`
        : sql`select (select count(*) from jobs where embedding_model = 'text-embedding-3-small' and cardinality(embedding) = 2048)::int as jobs,
                     (select count(*) from candidates where embedding_model = 'text-embedding-3-small')::int as candidates,
                     (select count(*) from candidates)::int as mirrored`,
    );
    expect(stored).toEqual({ jobs: 3, candidates: cvs.length, mirrored: cvs.length });
    // PGlite always has pgvector (embedding_vec, compared with <=>); Debian's server has none (real[] in SQL).
    expect(await hasVectorColumns(database.db)).toBe(database.kind === 'pglite');
  });

  it('ranks jobs by meaning and says so', async () => {
    const found = await searchJobs('nursing in intensive care, wound care');
    expect(found.mode).toBe('semantic');
    expect(found.items[0]).toMatchObject({ title: 'ICU Nurse' });
    expect(found.items[0]!.score).toBeGreaterThan(0.2);
    expect(found.items[0]!.score).toBeLessThanOrEqual(1);
    expect(found.items.map((job) => job.score)).toEqual([...found.items.map((job) => job.score)].sort((a, b) => b - a));
    // The page is cut in the database; the total counts every job that shares anything with the query.
    const firstOnly = await get<JobSearch>(`/api/workspaces/${workspaceId}/jobs/search?q=${encodeURIComponent('nursing in intensive care, wound care')}&limit=1`);
    expect(firstOnly).toMatchObject({ mode: 'semantic', total: found.total, limit: 1, offset: 0, items: [{ id: found.items[0]!.id }] });
    expect((await searchJobs('kitchen menu grill')).items[0]).toMatchObject({ title: 'Sous Chef' });
    expect((await searchJobs('underwater basket weaving')).items).toEqual([]);
    // Only stop words: the model gives a vector without direction, so full-text search answers (and finds nothing).
    expect(await searchJobs('the and of')).toEqual({ mode: 'fulltext', items: [], total: 0, limit: 20, offset: 0 });
    const closed = await get<JobSearch>(`/api/workspaces/${workspaceId}/jobs/search?q=nurse&status=closed`);
    expect(closed).toEqual({ mode: 'semantic', items: [], total: 0, limit: 20, offset: 0 });
  });

  it('re-embeds a job whose text changes', async () => {
    const chef = (await searchJobs('kitchen menu grill')).items[0]!;
    const patched = await t.app.inject({ method: 'PATCH', url: `/api/jobs/${chef.id}`, headers: as(), payload: { title: 'Pharmacist', description: 'Dispense prescriptions and counsel patients on medication.' } });
    expect(patched.statusCode).toBe(200);
    expect((await searchJobs('kitchen menu grill')).items.map((job) => job.id)).not.toContain(chef.id);
    expect((await searchJobs('prescriptions pharmacy')).items[0]?.id).toBe(chef.id);
  });

  it('finds candidates by skills and experience, in the workspace or in one job', async () => {
    const found = await searchCandidates('registered nurse, wound care and patient assessment');
    expect(found.mode).toBe('semantic');
    expect(found.items[0]).toMatchObject({ name: 'Sarah Thompson', jobId, jobTitle: 'Senior Backend Engineer', masked: false });
    const devops = await searchCandidates('kubernetes terraform ci/cd pipelines', `&jobId=${jobId}`);
    expect(devops.items.slice(0, 2).map((row) => row.fileName)).toContain('devops-engineer.docx');
  });

  it('masks the rows of a blind job', async () => {
    await t.app.inject({ method: 'PATCH', url: `/api/jobs/${jobId}`, headers: as(), payload: { blindScreening: true } });
    const response = await t.app.inject({ method: 'GET', url: `/api/workspaces/${workspaceId}/candidates/search?q=${encodeURIComponent('typescript go postgresql')}`, headers: as() });
    const blind = response.json<CandidateSearch>();
    expect(blind.items.length).toBeGreaterThan(0);
    expect(blind.items.every((row) => row.masked && row.name === null && row.fileName === null)).toBe(true);
    expect(response.body).not.toMatch(/Maya|Chen|software-engineer/);
    await t.app.inject({ method: 'PATCH', url: `/api/jobs/${jobId}`, headers: as(), payload: { blindScreening: false } });
  });

  it('falls back to full-text search when the provider fails, and answers 404 for a job of another workspace', async () => {
    refuseEmbeddings();
    try {
      const found = await searchCandidates('wound care');
      expect(found.mode).toBe('fulltext');
      expect(found.items.map((row) => row.name)).toEqual(['Sarah Thompson']);
      // Names are not searchable (and never embedded, see the first test): blind screening cannot be side-stepped.
      expect((await searchCandidates('Sarah Thompson')).items).toEqual([]);
      expect((await searchJobs('intensive care')).mode).toBe('fulltext');
    } finally {
      answerEmbeddings();
    }
    const stranger = await signUp(t.app, t.config.publicUrl, 'Stan Stranger');
    const theirs = await createWorkspace(t.app, t.config.publicUrl, stranger);
    const theirJob = (await t.app.inject({ method: 'POST', url: `/api/workspaces/${theirs}/jobs`, headers: { cookie: stranger.cookie, origin: t.config.publicUrl }, payload: nurseJob })).json<{ id: string }>();
    const crossed = await t.app.inject({ method: 'GET', url: `/api/workspaces/${workspaceId}/candidates/search?q=nurse&jobId=${theirJob.id}`, headers: as() });
    expect(crossed.statusCode).toBe(404);
  });

  it('screens and saves jobs while the provider fails, and embeds them at the next start', async () => {
    refuseEmbeddings();
    const job = (await t.app.inject({ method: 'POST', url: `/api/workspaces/${workspaceId}/jobs`, headers: as(), payload: { title: 'Electrician', description: 'Wire commercial buildings; conduit, panels, code compliance.' } })).json<{ id: string }>();
    const upload = await multipartBody([{ name: 'electrician.txt', data: readResumeFixture('electrician.txt'), type: 'text/plain' }]);
    const { id } = (await t.app.inject({ method: 'POST', url: `/api/jobs/${job.id}/batches`, headers: { ...as(), ...upload.headers }, payload: upload.payload })).json<{ id: string }>();
    const batch = await waitFor(() => get<Batch>(`/api/batches/${id}`), (value) => value.status === 'completed');
    expect(batch.files.map((file) => file.status)).toEqual(['done']);
    const unembedded = sql`select (select count(*) from jobs where embedding is null)::int + (select count(*) from candidates where embedding is null)::int as missing`;
    expect((await selectRows<{ missing: number }>(database.db, unembedded))[0]?.missing).toBe(2);

    answerEmbeddings();
    await t.close();
    t = await createTestApp(env(), { withQueue: true, reuse: { database, dataDir } });
    await waitFor(async () => (await selectRows<{ missing: number }>(database.db, unembedded))[0]?.missing, (missing) => missing === 0);
    expect((await searchCandidates('licensed electrician, conduit and panels')).items[0]?.name).toBe("Patrick O'Brien");
    expect((await searchJobs('wire commercial buildings')).items[0]?.id).toBe(job.id);
  });
});
