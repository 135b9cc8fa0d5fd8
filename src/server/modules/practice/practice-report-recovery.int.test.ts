import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { answerCurrent, startPractice, strongAnswers, waitForReport } from '#tests/support/practice-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { createTestDatabase } from '#tests/support/test-database.ts';
import { selectRows, type Database } from '#server/db/client.ts';
import { answerEvaluations, practiceAnswers } from '#server/db/schema/index.ts';
import { createServerEngine } from '#server/engine.ts';
import { createAllJobs } from '#server/jobs.ts';
import { createLogger } from '#server/platform/logger.ts';
import { startQueue } from '#server/platform/queue/queue.ts';
import { createRuntime } from '#server/runtime.ts';
import type { PracticeSessionState } from '#shared/contracts/practice.ts';
import { createPracticeDeps, createPracticeJobs, recoverPracticeWork } from './index.ts';

/** Answers two questions, then ends the interview early: the session is finished and its report pending. */
async function finishInterview(t: TestApp, candidate: Caller): Promise<PracticeSessionState> {
  let state = await startPractice(t, candidate, { questionCount: 3 });
  state = await answerCurrent(t, candidate, state, strongAnswers[0]!);
  state = await answerCurrent(t, candidate, state, strongAnswers[1]!);
  const ended = await call(t, 'POST', `/api/practice/sessions/${state.id}/end`, { cookie: candidate.cookie });
  expect(ended.statusCode, ended.body).toBe(200);
  expect(ended.json<PracticeSessionState>()).toMatchObject({ status: 'completed', endReason: 'ended_by_candidate' });
  expect((await call(t, 'GET', `/api/practice/sessions/${state.id}/report`, { cookie: candidate.cookie })).statusCode).toBe(202);
  return state;
}

async function countFeedbackJobs(database: Database, sessionId: string): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from pgboss.job where name = 'practice.feedback' and data->>'sessionId' = ${sessionId}`,
  );
  return row!.n;
}

async function evaluationsPerAnswer(database: Database, sessionId: string): Promise<number[]> {
  const rows = await database.db
    .select({ answerId: practiceAnswers.id, evaluations: sql<number>`count(${answerEvaluations.id})::int` })
    .from(practiceAnswers)
    .leftJoin(answerEvaluations, eq(answerEvaluations.answerId, practiceAnswers.id))
    .where(eq(practiceAnswers.sessionId, sessionId))
    .groupBy(practiceAnswers.id);
  return rows.map((row) => Number(row.evaluations));
}

describe('practice reports that no job was queued for', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-practice-recovery-'));
  const databasePromise = createTestDatabase();
  afterAll(async () => {
    await (await databasePromise).close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('are made after the next start-up, queued once however many processes start, without a retry call', async () => {
    const database = await databasePromise;
    const reuse = { database, dataDir };
    // No queue in this app: ending the interview commits the pending report, and no job is ever sent.
    const first = await createTestApp({}, { reuse });
    const candidate = await signUp(first, { name: 'Stella Stranded' });
    const session = await finishInterview(first, candidate);
    await first.close();

    // Two processes start at once and both recover the reports before either works the queue.
    const log = createLogger(first.config);
    const queue = await startQueue(database, log);
    try {
      const deps = { ...createRuntime({ config: first.config, database, log }), queue };
      await queue.register(createAllJobs(deps));
      const practiceDeps = createPracticeDeps({ ...deps, engine: createServerEngine({ ...deps, outbound: { fetch } }) });
      await Promise.all([recoverPracticeWork(practiceDeps), recoverPracticeWork(practiceDeps)]);
      expect(await countFeedbackJobs(database, session.id)).toBe(1);
    } finally {
      await queue.stop();
    }

    // The next process to start (its start-up recovery sees the run already queued) makes the report.

    const second = await createTestApp({}, { withQueue: true, reuse });
    try {
      const report = await waitForReport(second, candidate, session.id);
      expect(report.perQuestion.map((question) => question.attempts[0]?.text)).toEqual([strongAnswers[0], strongAnswers[1]]);
      expect(await countFeedbackJobs(database, session.id)).toBe(1);
      expect(await evaluationsPerAnswer(database, session.id)).toEqual([1, 1]);
    } finally {
      await second.close();
    }
  });
});

describe('two runs of the report job at once', () => {
  let t: TestApp;
  afterAll(async () => t.close());

  it('store one evaluation per answer and one report', async () => {
    t = await createTestApp();
    const candidate = await signUp(t, { name: 'Dora Double' });
    const session = await finishInterview(t, candidate);
    const log = createLogger(t.config);
    const deps = { config: t.config, database: t.database, log, now: () => new Date() };
    const [job] = createPracticeJobs(createPracticeDeps({ ...deps, engine: createServerEngine({ ...deps, outbound: { fetch } }) }));

    const runs = [1, 2].map((run) => job!.handler({ sessionId: session.id }, { jobId: `run-${run}`, attempt: 1, log }));
    await Promise.all(runs);

    expect(await evaluationsPerAnswer(t.database, session.id)).toEqual([1, 1]);
    const report = await waitForReport(t, candidate, session.id);
    const stored = await t.database.db
      .select({ answerId: answerEvaluations.answerId, evaluation: answerEvaluations.evaluation })
      .from(answerEvaluations)
      .innerJoin(practiceAnswers, eq(practiceAnswers.id, answerEvaluations.answerId))
      .where(eq(practiceAnswers.sessionId, session.id));
    const shown = report.perQuestion.map((question) => question.attempts[0]!);
    expect(shown.map((attempt) => attempt.evaluation)).toEqual(shown.map((attempt) => stored.find((row) => row.answerId === attempt.answerId)?.evaluation));
  });
});
