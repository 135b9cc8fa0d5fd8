import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileStorage } from '#server/platform/storage/index.ts';
import type { CvVersion } from '#shared/contracts/profile.ts';
import type { Ticket } from '#shared/contracts/support.ts';
import { backendJob, readResumeFixture } from '#tests/fixtures/hiring.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createWorkspace, multipartBody } from '#tests/support/hiring-http.ts';
import { screenshotPng } from '#tests/support/png.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

/** The real local storage, but while `full` is set every write fails as a full disk makes it fail (ENOSPC). */
function fillableStorage(real: FileStorage, disk: { full: boolean }): FileStorage {
  return {
    ...real,
    async put(bytes) {
      if (disk.full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
      return real.put(bytes);
    },
  };
}

describe('a full disk for file storage (decision 038)', () => {
  const disk = { full: false };
  let t: TestApp;
  let recruiter: Caller;
  let candidate: Caller;
  let jobId: string;
  let ticketId: string;

  beforeAll(async () => {
    t = await createTestApp({}, { storage: (real) => fillableStorage(real, disk) });
    recruiter = await signUp(t, { name: 'Rita Recruiter' });
    candidate = await signUp(t, { name: 'Maria Kowalski' });
    const workspaceId = await createWorkspace(t.app, t.config.publicUrl, recruiter);
    jobId = (await call(t, 'POST', `/api/workspaces/${workspaceId}/jobs`, { cookie: recruiter.cookie, payload: backendJob })).json<{ id: string }>().id;
    ticketId = (await call(t, 'POST', '/api/support/tickets', { cookie: candidate.cookie, payload: { subject: 'Upload trouble', description: 'My CV upload fails.' } })).json<{ id: string }>().id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const uploads = () => ({
    cv: () => multipartBody([{ name: 'maria-cv.docx', data: readResumeFixture('software-engineer.docx') }], 'file'),
    batch: () => multipartBody([{ name: 'electrician.txt', data: readResumeFixture('electrician.txt'), type: 'text/plain' }]),
    attachment: () => multipartBody([{ name: 'screenshot.png', data: screenshotPng(), type: 'image/png' }], 'file'),
  });

  it('answers 507 with a reason at every upload, and writes no record of what was not stored', async () => {
    disk.full = true;
    const cv = await uploads().cv();
    const batch = await uploads().batch();
    const attachment = await uploads().attachment();
    const answers = [
      await call(t, 'POST', '/api/profile/cvs', { cookie: candidate.cookie, headers: cv.headers, payload: cv.payload }),
      await call(t, 'POST', `/api/jobs/${jobId}/batches`, { cookie: recruiter.cookie, headers: batch.headers, payload: batch.payload }),
      await call(t, 'PUT', `/api/support/tickets/${ticketId}/attachment`, { cookie: candidate.cookie, headers: attachment.headers, payload: attachment.payload }),
    ];
    for (const answer of answers) {
      expect(answer.statusCode, answer.body).toBe(507);
      expect(answer.json()).toMatchObject({ error: { code: 'insufficient_storage', message: expect.stringContaining('storage is full') } });
    }
    expect((await call(t, 'GET', '/api/profile/cvs', { cookie: candidate.cookie })).json<{ total: number }>().total).toBe(0);
    expect((await call(t, 'GET', `/api/jobs/${jobId}/batches`, { cookie: recruiter.cookie })).json<{ total: number }>().total).toBe(0);
    expect((await call(t, 'GET', `/api/support/tickets/${ticketId}`, { cookie: candidate.cookie })).json<Ticket>().attachment).toBeNull();
  });

  it('takes the same uploads once there is space again', async () => {
    disk.full = false;
    const cv = await uploads().cv();
    const batch = await uploads().batch();
    const attachment = await uploads().attachment();
    expect((await call(t, 'POST', '/api/profile/cvs', { cookie: candidate.cookie, headers: cv.headers, payload: cv.payload })).statusCode).toBe(201);
    expect((await call(t, 'POST', `/api/jobs/${jobId}/batches`, { cookie: recruiter.cookie, headers: batch.headers, payload: batch.payload })).statusCode).toBe(202);
    expect((await call(t, 'PUT', `/api/support/tickets/${ticketId}/attachment`, { cookie: candidate.cookie, headers: attachment.headers, payload: attachment.payload })).statusCode).toBe(200);
    expect((await call(t, 'GET', '/api/profile/cvs', { cookie: candidate.cookie })).json<{ items: CvVersion[] }>().items).toHaveLength(1);
  });
});
