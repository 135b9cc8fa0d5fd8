import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { call, signUp } from '#tests/support/auth-helpers.ts';
import { addTargetPostings } from '#tests/support/career-stories-http.ts';
import { startFakeOpenAi } from '#tests/support/fake-llm/index.ts';
import { waitFor } from '#tests/support/hiring-http.ts';
import { startParleyWorker } from '#tests/support/parley-process.ts';
import { createTestApp } from '#tests/support/test-app.ts';
import { createSharedTestDatabase } from '#tests/support/test-database.ts';
import { loadConfig } from '#server/config.ts';
import { selectRows } from '#server/db/client.ts';
import { startWorker } from '#server/main.ts';
import type { SkillAnalysis } from '#shared/contracts/career-stories.ts';

const secret = 'test-secret-test-secret-test-secret-0123';
const llmStep = 'Build a Tableau dashboard of your own month-end figures and link it from your CV.';

describe('a worker killed in the middle of a skill-gap analysis', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-gaps-killed-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is finished by the next process to start, after the target it had already analysed', async () => {
    const shared = await createSharedTestDatabase(dataDir);
    try {
      // 1. The analysis is started in a process without workers: it is stored pending, and no run is queued.
      const database = await shared.open();
      const web = await createTestApp({}, { reuse: { database, dataDir } });
      const maya = await signUp(web, { name: 'Maya Lindqvist' });
      expect((await call(web, 'POST', '/api/career/skills', { cookie: maya.cookie, payload: { name: 'SQL', level: 'advanced' } })).statusCode).toBe(201);
      const targets = await addTargetPostings(web, maya);
      const started = await call(web, 'POST', '/api/career/skill-analyses', { cookie: maya.cookie });
      expect(started.statusCode, started.body).toBe(202);
      const { id } = started.json<SkillAnalysis>();
      await web.close();
      await database.close();

      // 2. A worker recovers it at start-up; its LLM answers for the first target, then hangs on the second, and the
      //    worker is killed with SIGKILL.
      const llm = await startFakeOpenAi();
      llm.enqueue({ kind: 'json', value: { gaps: [{ skill: 'Tableau', nextSteps: [llmStep] }] } });
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
        // A loaded machine may first compile the server for the worker (bin/parley.js), hence the long wait.
        await waitFor(async () => llm.requests.length, (count) => count >= 2 || worker.child.exitCode !== null, 300_000);
        expect(worker.child.exitCode, worker.output()).toBeNull();
      } finally {
        await worker.stop('SIGKILL');
        await llm.close();
      }
      const killed = await shared.open();
      const [state] = await selectRows<{ status: string; progress_done: number; progress_total: number }>(
        killed.db,
        sql`select status, progress_done, progress_total from skill_analyses where id = ${id}`,
      );
      await killed.close();
      expect(state).toEqual({ status: 'running', progress_done: 1, progress_total: 2 });

      // 3. The next process to start (offline now) queues it again and finishes the second target only.
      const restarted = await startWorker(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, SERVER_SECRET: secret, ...shared.env }));
      try {
        const reader = await createTestApp({}, { reuse: { database: restarted.database, dataDir } });
        const done = await waitFor(
          async () => (await call(reader, 'GET', `/api/career/skill-analyses/${id}`, { cookie: maya.cookie })).json<SkillAnalysis>(),
          (analysis) => analysis.status !== 'pending' && analysis.status !== 'running',
          90_000,
        );
        expect(done).toMatchObject({ status: 'completed', progressDone: 2, progressTotal: 2, totalJobsAnalyzed: 2 });
        expect(done.jobs.map((job) => job.id).sort()).toEqual([...targets].sort());
        // The first target's result is the one the killed worker saved (its LLM's step), not analysed again.
        expect(done.gaps.find((gap) => gap.skill === 'Tableau')?.nextSteps).toContain(llmStep);
        expect(done.analyzerVersion).toContain('LLM');
        await reader.close();
      } finally {
        await restarted.stop();
      }
    } finally {
      await shared.dispose();
    }
  }, 600_000);
});
