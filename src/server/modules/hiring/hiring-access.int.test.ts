import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember } from '#tests/support/hiring-seed.ts';
import { backendJob, readResumeFixture } from '#tests/fixtures/hiring.ts';
import { createWorkspace, multipartBody, signUp, waitFor, type Session } from '#tests/support/hiring-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { writeZip } from '#tests/support/zip-writer.ts';
import type { Batch, CandidatePage } from '#shared/contracts/hiring.ts';

describe('hiring access and hostile uploads', () => {
  let t: TestApp;
  let owner: Session;
  let interviewer: Session;
  let outsider: Session;
  let workspaceId: string;
  let jobId: string;
  let batchId: string;
  let candidateId: string;
  const as = (session: Session) => ({ cookie: session.cookie, origin: t.config.publicUrl });
  const call = (session: Session, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp({}, { withQueue: true });
    owner = await signUp(t.app, t.config.publicUrl, 'Olga Owner');
    interviewer = await signUp(t.app, t.config.publicUrl, 'Ivan Interviewer');
    outsider = await signUp(t.app, t.config.publicUrl, 'Otto Outsider');
    workspaceId = await createWorkspace(t.app, t.config.publicUrl, owner);
    await createWorkspace(t.app, t.config.publicUrl, outsider, 'Other company');
    await addMember(t.database.db, workspaceId, interviewer, 'interviewer');
    jobId = (await call(owner, 'POST', `/api/workspaces/${workspaceId}/jobs`, backendJob)).json<{ id: string }>().id;
    const upload = await multipartBody([{ name: 'maya.pdf', data: readResumeFixture('software-engineer.pdf') }]);
    const response = await t.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/batches`, headers: { ...as(owner), ...upload.headers }, payload: upload.payload });
    batchId = response.json<{ id: string }>().id;
    await waitFor(async () => (await call(owner, 'GET', `/api/batches/${batchId}`)).json<Batch>(), (batch) => batch.status === 'completed');
    candidateId = (await call(owner, 'GET', `/api/jobs/${jobId}/candidates`)).json<CandidatePage>().items[0]!.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const reads = () => [
    ['GET', `/api/workspaces/${workspaceId}/jobs`],
    ['GET', `/api/jobs/${jobId}`],
    ['GET', `/api/batches/${batchId}`],
    ['GET', `/api/jobs/${jobId}/batches`],
    ['GET', `/api/jobs/${jobId}/candidates`],
    ['GET', `/api/candidates/${candidateId}`],
    ['GET', `/api/candidates/${candidateId}/file`],
    ['GET', `/api/jobs/${jobId}/candidates.csv`],
    ['GET', `/api/jobs/${jobId}/candidates.xlsx`],
  ] as const;
  const writes = () => [
    ['POST', `/api/workspaces/${workspaceId}/jobs`, backendJob],
    ['POST', `/api/workspaces/${workspaceId}/jobs/draft`, { title: 'Chef', bullets: ['Run the pastry section'] }],
    ['PATCH', `/api/jobs/${jobId}`, { status: 'closed' }],
    ['POST', `/api/jobs/${jobId}/rescore`, undefined],
    ['POST', `/api/candidates/${candidateId}/shortlist`, undefined],
    ['POST', `/api/candidates/${candidateId}/reject`, { reason: 'no' }],
    ['POST', `/api/batches/${batchId}/resume`, undefined],
    ['DELETE', `/api/jobs/${jobId}`, undefined],
  ] as const;

  it('lets an interviewer read everything but change nothing (403)', async () => {
    for (const [method, url] of reads()) expect([url, (await call(interviewer, method, url)).statusCode]).toEqual([url, 200]);
    for (const [method, url, payload] of writes()) expect([url, (await call(interviewer, method, url, payload)).statusCode]).toEqual([url, 403]);
    const upload = await multipartBody([{ name: 'x.txt', data: Buffer.from('Some CV') }]);
    const uploaded = await t.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/batches`, headers: { ...as(interviewer), ...upload.headers }, payload: upload.payload });
    expect(uploaded.statusCode).toBe(403);
  });

  it('answers 404 to a member of another workspace, everywhere', async () => {
    for (const [method, url] of reads()) expect([url, (await call(outsider, method, url)).statusCode]).toEqual([url, 404]);
    for (const [method, url, payload] of writes()) expect([url, (await call(outsider, method, url, payload)).statusCode]).toEqual([url, 404]);
    const upload = await multipartBody([{ name: 'x.txt', data: Buffer.from('Some CV') }]);
    const uploaded = await t.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/batches`, headers: { ...as(outsider), ...upload.headers }, payload: upload.payload });
    expect(uploaded.statusCode).toBe(404);
  });

  it('rejects a ZIP bomb as a whole', async () => {
    const bomb = writeZip([{ name: 'cv.txt', data: Buffer.alloc(50 * 1024 * 1024) }]);
    const upload = await multipartBody([{ name: 'cvs.zip', data: bomb }]);
    const response = await t.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/batches`, headers: { ...as(owner), ...upload.headers }, payload: upload.payload });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: { code: 'payload_too_large', reason: 'zip_bomb' } });
  });

  it('refuses path-traversal entries and nested archives per file, and screens the rest', async () => {
    const inner = writeZip([{ name: 'inner.txt', data: Buffer.from('hidden') }]);
    const zip = writeZip([
      { name: '../../../../tmp/parley-owned.txt', data: readResumeFixture('electrician.txt') },
      { name: 'nested.zip', data: inner },
      { name: 'ok/electrician.txt', data: readResumeFixture('electrician.txt') },
    ]);
    const upload = await multipartBody([{ name: 'cvs.zip', data: zip }]);
    const response = await t.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/batches`, headers: { ...as(owner), ...upload.headers }, payload: upload.payload });
    expect(response.statusCode).toBe(202);
    const id = response.json<{ id: string }>().id;
    const batch = await waitFor(async () => (await call(owner, 'GET', `/api/batches/${id}`)).json<Batch>(), (value) => value.status === 'completed');
    expect(batch.files.map((file) => [file.name, file.status, file.errorCode])).toEqual([
      ['../../../../tmp/parley-owned.txt', 'failed', 'unsafe_path'],
      ['nested.zip', 'failed', 'nested_archive'],
      ['ok/electrician.txt', 'done', undefined],
    ]);
    // A reason never repeats the name (blind screening hides the name column, and the reason must not give it away).
    for (const file of batch.files.filter((item) => item.error)) expect(file.error).not.toContain(file.name);
  });

  it('names the problem when the upload is not multipart or has no files', async () => {
    expect((await call(owner, 'POST', `/api/jobs/${jobId}/batches`, { files: [] })).statusCode).toBe(415);
    const wrongField = await multipartBody([{ name: 'x.txt', data: Buffer.from('cv') }], 'cv');
    const response = await t.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/batches`, headers: { ...as(owner), ...wrongField.headers }, payload: wrongField.payload });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(/fields named "files"/);
  });
});
