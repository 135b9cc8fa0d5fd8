import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#server/config.ts';
import { selectRows } from '#server/db/client.ts';
import { startWorker } from '#server/main.ts';
import type { PracticeSessionState } from '#shared/contracts/practice.ts';
import { signUp } from '#tests/support/auth-helpers.ts';
import { startFakeOpenAi } from '#tests/support/fake-llm/index.ts';
import { waitFor } from '#tests/support/hiring-http.ts';
import { startParleyWorker } from '#tests/support/parley-process.ts';
import { answerCurrent, startPractice, strongAnswers, waitForReport } from '#tests/support/practice-http.ts';
import { createTestApp } from '#tests/support/test-app.ts';
import { createSharedTestDatabase } from '#tests/support/test-database.ts';

const secret = 'test-secret-test-secret-test-secret-0123';

describe('a worker killed while it writes a practice report (decision 038)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-killed-practice-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is finished by the next process to start: one report, one notification', async () => {
    const shared = await createSharedTestDatabase(dataDir);
    try {
      // 1. A candidate finishes an interview on a process without workers: the report waits to be written.
      const database = await shared.open();
      const app = await createTestApp({}, { reuse: { database, dataDir } });
      const candidate = await signUp(app, { name: 'Paula Practice' });
      let state: PracticeSessionState = await startPractice(app, candidate);
      for (let turn = 0; state.currentQuestion && turn < 12; turn += 1) state = await answerCurrent(app, candidate, state, strongAnswers[turn % strongAnswers.length]!);
      expect(state.currentQuestion).toBeNull();
      const sessionId = state.id;
      await app.close();
      await database.close();

      // 2. A worker starts, picks the report up at start-up, asks its LLM for it, and is killed -9 while the LLM hangs.
      const llm = await startFakeOpenAi();
      llm.respondWith({ kind: 'hang' });
      const worker = startParleyWorker({ ...shared.env, DATA_DIR: dataDir, SERVER_SECRET: secret, LLM_PROVIDER: 'openai-compatible', LLM_BASE_URL: llm.baseUrl, LLM_MODEL: 'fake-model', LLM_TIMEOUT_MS: '600000' });
      try {
        await waitFor(async () => llm.requests.length, (count) => count >= 1 || worker.child.exitCode !== null, 300_000);
        expect(worker.child.exitCode, worker.output()).toBeNull();
      } finally {
        await worker.stop('SIGKILL');
        await llm.close();
      }

      // 3. The next process (no LLM now: the offline engine) writes the report, exactly once.
      const restarted = await startWorker(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, SERVER_SECRET: secret, ...shared.env }));
      try {
        const reader = await createTestApp({}, { reuse: { database: restarted.database, dataDir } });
        const report = await waitForReport(reader, candidate, sessionId);
        expect(report.status).toBe('ready');
        const [counts] = await selectRows<{ notifications: number }>(
          restarted.database.db,
          sql`select count(*)::int as notifications from notifications where user_id = ${candidate.userId} and type = 'practice_report_ready'`,
        );
        expect(counts!.notifications).toBe(1);
        await reader.close();
      } finally {
        await restarted.stop();
      }
    } finally {
      await shared.dispose();
    }
  }, 720_000);
});
