import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signUp } from '#tests/support/auth-helpers.ts';
import { answerCurrent, getPractice, startPractice, strongAnswers, waitForReport } from '#tests/support/practice-http.ts';
import { createTestApp } from '#tests/support/test-app.ts';
import { createTestDatabase } from '#tests/support/test-database.ts';

describe('restarting the server mid-interview', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-practice-restart-'));
  const databasePromise = createTestDatabase();
  afterAll(async () => {
    await (await databasePromise).close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses nothing: the candidate resumes at the question they were on', async () => {
    const database = await databasePromise;
    const reuse = { database, dataDir };
    const first = await createTestApp({}, { withQueue: true, reuse });
    const candidate = await signUp(first, { name: 'Rita Restart' });
    let state = await startPractice(first, candidate, { interviewType: 'mixed', questionCount: 3 });
    state = await answerCurrent(first, candidate, state, strongAnswers[0]!);
    const before = await getPractice(first, candidate, state.id);
    await first.close();

    const second = await createTestApp({}, { withQueue: true, reuse });
    try {
      // The sign-in lives in the database too, so the same cookie still works.
      const after = await getPractice(second, candidate, state.id);
      expect(after).toEqual(before);
      expect(after.currentQuestion?.number).toBe(2);
      expect(after.answeredCount).toBe(1);
      state = await answerCurrent(second, candidate, after, strongAnswers[3]!);
      state = await answerCurrent(second, candidate, state, strongAnswers[2]!);
      expect(state).toMatchObject({ status: 'completed', answeredCount: 3 });
      expect(state.turns.map((turn) => turn.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      const report = await waitForReport(second, candidate, state.id);
      expect(report.perQuestion.map((question) => question.attempts[0]?.text)).toEqual([strongAnswers[0], strongAnswers[3], strongAnswers[2]]);
    } finally {
      await second.close();
    }
  });
});
