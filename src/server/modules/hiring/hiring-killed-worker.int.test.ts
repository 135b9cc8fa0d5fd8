import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { backendJob, readResumeFixture } from '#tests/fixtures/hiring.ts';
import { startFakeOpenAi } from '#tests/support/fake-llm/index.ts';
import { createWorkspace, multipartBody, signUp, waitFor } from '#tests/support/hiring-http.ts';
import { startParleyWorker } from '#tests/support/parley-process.ts';
import { createTestApp } from '#tests/support/test-app.ts';
import { createSharedTestDatabase } from '#tests/support/test-database.ts';
import { writeZip } from '#tests/support/zip-writer.ts';
import { loadConfig } from '#server/config.ts';
import { selectRows } from '#server/db/client.ts';
import { startWorker } from '#server/main.ts';
import type { Batch, CandidatePage } from '#shared/contracts/hiring.ts';

const personas = ['software-engineer', 'data-analyst', 'registered-nurse', 'chef', 'accountant', 'devops-engineer', 'electrician', 'pharmacist', 'paralegal', 'architect',
  'civil-engineer', 'dental-hygienist', 'financial-analyst', 'graphic-designer', 'hr-specialist', 'marketing-manager', 'mechanical-engineer', 'primary-teacher', 'project-manager', 'social-worker'];
const names = personas.map((persona, index) => `${persona}.${index % 2 === 0 ? 'pdf' : 'docx'}`);
const secret = 'test-secret-test-secret-test-secret-0123';

describe('a worker killed mid-batch', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-killed-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is finished by the next process to start, without the resume route, each CV exactly once', async () => {
    const shared = await createSharedTestDatabase(dataDir);
    try {
      // 1. The batch is stored by a process without workers, so no run of it is queued at all.
      const database = await shared.open();
      const uploader = await createTestApp({}, { reuse: { database, dataDir } });
      const origin = uploader.config.publicUrl;
      const owner = await signUp(uploader.app, origin, 'Kim Killed');
      const headers = { cookie: owner.cookie, origin };
      const workspaceId = await createWorkspace(uploader.app, origin, owner);
      const jobId = (await uploader.app.inject({ method: 'POST', url: `/api/workspaces/${workspaceId}/jobs`, headers, payload: backendJob })).json<{ id: string }>().id;
      const upload = await multipartBody([{ name: 'cvs.zip', data: writeZip(names.map((name) => ({ name, data: readResumeFixture(name) }))) }]);
      const { id } = (await uploader.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/batches`, headers: { ...headers, ...upload.headers }, payload: upload.payload })).json<{ id: string }>();
      await uploader.close();
      await database.close();

      // 2. A worker starts, queues the batch at start-up, screens a few CVs, then hangs on its LLM and is killed.
      //    Each CV asks the LLM twice (parse, match); the first answers are refused, so the offline engine screens.
      const llm = await startFakeOpenAi();
      llm.enqueue(...Array.from({ length: 4 }, () => ({ kind: 'error' as const, status: 400, message: 'refused by the test' })));
      llm.respondWith({ kind: 'hang' });
      const worker = startParleyWorker({
        ...shared.env,
        DATA_DIR: dataDir,
        SERVER_SECRET: secret,
        LLM_PROVIDER: 'openai-compatible',
        LLM_BASE_URL: llm.baseUrl,
        LLM_MODEL: 'fake-model',
        LLM_TIMEOUT_MS: '600000',
      });
      try {
        // Both runs (two at a time) are stuck once two more calls arrive; what they finished before is committed.
        await waitFor(async () => llm.requests.length, (count) => count >= 6 || worker.child.exitCode !== null, 90_000);
        expect(worker.child.exitCode, worker.output()).toBeNull();
      } finally {
        await worker.stop('SIGKILL');
        await llm.close();
      }
      const killed = await shared.open();
      const [state] = await selectRows<{ candidates: number; active: number }>(
        killed.db,
        sql`select (select count(*) from candidates)::int as candidates,
                   (select count(*) from pgboss.job where name = 'hiring.process-cvs' and state = 'active')::int as active`,
      );
      await killed.close();
      expect(state!.candidates).toBeGreaterThanOrEqual(1);
      expect(state!.candidates).toBeLessThan(names.length);
      expect(state!.active).toBe(2); // the dead worker's runs, which pg-boss alone would retry only after their heartbeat lapses

      // 3. The next process to start queues the dead worker's CVs again at once; nobody calls /resume.
      const restarted = await startWorker(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, SERVER_SECRET: secret, ...shared.env }));
      try {
        const reader = await createTestApp({}, { reuse: { database: restarted.database, dataDir } });
        const done = await waitFor(async () => (await reader.app.inject({ method: 'GET', url: `/api/batches/${id}`, headers })).json<Batch>(), (batch) => batch.status === 'completed');
        expect(done.processed).toBe(names.length);
        expect(done.files.every((file) => file.status === 'done')).toBe(true);
        const ranking = (await reader.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates?limit=100`, headers })).json<CandidatePage>().items;
        expect(ranking.map((row) => row.fileName).sort()).toEqual([...names].sort());
        expect(ranking[0]?.name).toBe('Maya Chen');
        await reader.close();
      } finally {
        await restarted.stop();
      }
    } finally {
      await shared.dispose();
    }
  }, 180_000);
});
