import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backendJob, readResumeFixture } from '#tests/fixtures/hiring.ts';
import { createWorkspace, multipartBody, signUp, waitFor } from '#tests/support/hiring-http.ts';
import { createTestApp } from '#tests/support/test-app.ts';
import { createTestDatabase } from '#tests/support/test-database.ts';
import { writeZip } from '#tests/support/zip-writer.ts';
import { candidates } from '#server/db/schema/index.ts';
import type { Batch, CandidatePage } from '#shared/contracts/hiring.ts';

const personas = ['software-engineer', 'data-analyst', 'registered-nurse', 'chef', 'accountant', 'devops-engineer', 'electrician', 'pharmacist', 'paralegal', 'architect',
  'civil-engineer', 'dental-hygienist', 'financial-analyst', 'graphic-designer', 'hr-specialist', 'marketing-manager', 'mechanical-engineer', 'primary-teacher', 'project-manager', 'social-worker'];
const names = personas.map((persona, index) => `${persona}.${index % 2 === 0 ? 'pdf' : 'docx'}`);

describe('restarting the server mid-batch', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-restart-'));
  const databasePromise = createTestDatabase();
  afterAll(async () => {
    await (await databasePromise).close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses nothing and doubles nothing', async () => {
    const database = await databasePromise;
    const reuse = { database, dataDir };
    const first = await createTestApp({}, { withQueue: true, reuse });
    const origin = first.config.publicUrl;
    const owner = await signUp(first.app, origin, 'Rosa Restart');
    const headers = { cookie: owner.cookie, origin };
    const workspaceId = await createWorkspace(first.app, origin, owner);
    const jobId = (await first.app.inject({ method: 'POST', url: `/api/workspaces/${workspaceId}/jobs`, headers, payload: backendJob })).json<{ id: string }>().id;
    const zip = writeZip(names.map((name) => ({ name, data: readResumeFixture(name) })));
    const upload = await multipartBody([{ name: 'cvs.zip', data: zip }]);
    const { id } = (await first.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/batches`, headers: { ...headers, ...upload.headers }, payload: upload.payload })).json<{ id: string }>();
    await waitFor(async () => (await first.app.inject({ method: 'GET', url: `/api/batches/${id}`, headers })).json<Batch>(), (batch) => batch.processed >= 1);
    await first.close();
    const midway = (await database.db.select({ id: candidates.id }).from(candidates)).length;

    const second = await createTestApp({}, { withQueue: true, reuse });
    try {
      // Start-up already queued again what the first process left unfinished; resume on top of it doubles nothing.
      expect((await second.app.inject({ method: 'POST', url: `/api/batches/${id}/resume`, headers })).statusCode).toBe(202);
      const done = await waitFor(async () => (await second.app.inject({ method: 'GET', url: `/api/batches/${id}`, headers })).json<Batch>(), (batch) => batch.status === 'completed');
      expect(midway).toBeGreaterThanOrEqual(1);
      expect(midway).toBeLessThan(names.length);
      expect(done.processed).toBe(names.length);
      expect(done.files.every((file) => file.status === 'done')).toBe(true);
      const ranking = (await second.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates?limit=100`, headers })).json<CandidatePage>().items;
      expect(ranking.map((row) => row.fileName).sort()).toEqual([...names].sort());
      expect(new Set(ranking.map((row) => row.id)).size).toBe(names.length);
      expect(ranking[0]?.name).toBe('Maya Chen');
    } finally {
      await second.close();
    }
  });
});
