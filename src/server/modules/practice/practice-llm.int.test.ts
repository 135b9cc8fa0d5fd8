import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { getPractice, startPractice, strongAnswers, waitForReport } from '#tests/support/practice-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { selectRows } from '#server/db/client.ts';
import { answerEvaluations, practiceAnswers } from '#server/db/schema/index.ts';
import type { PracticeSessionState } from '#shared/contracts/practice.ts';

const apiKey = 'sk-practice-fake-key';

/** Splits a text/event-stream body into its events. */
function readEvents(body: string): { event: string; data: unknown }[] {
  return body
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      const event = /^event: (.+)$/m.exec(block)?.[1] ?? '';
      const data = /^data: (.+)$/m.exec(block)?.[1] ?? 'null';
      return { event, data: JSON.parse(data) as unknown };
    });
}

describe('practice interviews with an LLM configured on the server', () => {
  let fake: FakeServer;
  let t: TestApp;
  let candidate: Caller;
  beforeAll(async () => {
    fake = await startFakeOpenAi({ apiKey });
    // Anything not scripted below gets an empty object, which fails every task's schema: the offline engine answers.
    fake.respondWith({ kind: 'json', value: {} });
    t = await createTestApp({ LLM_PROVIDER: 'openai', LLM_API_KEY: apiKey, LLM_BASE_URL: fake.baseUrl, LLM_MODEL: 'fake-model' }, { withQueue: true });
    candidate = await signUp(t);
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it("streams the interviewer's next words as the model writes them, and saves exactly those words", async () => {
    const state = await startPractice(t, candidate, { questionCount: 2 });
    const spoken = 'Thank you, that helps. Now tell me about a time you were under real pressure at work: what did you do?';
    fake.enqueue({ kind: 'text', text: spoken });
    const response = await call(t, 'POST', `/api/practice/sessions/${state.id}/answers/stream`, {
      cookie: candidate.cookie,
      payload: { questionId: state.currentQuestion!.id, text: strongAnswers[0] },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    const events = readEvents(response.body);
    const deltas = events.filter((event) => event.event === 'delta').map((event) => (event.data as { text: string }).text);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe(spoken);
    expect(events.at(-1)?.event).toBe('state');
    const final = events.at(-1)?.data as PracticeSessionState;
    expect(final.turns.at(-1)).toMatchObject({ role: 'interviewer', kind: 'question', text: spoken, questionId: final.currentQuestion!.id });
    expect((await getPractice(t, candidate, state.id)).turns.at(-1)?.text).toBe(spoken);
    const streamed = fake.requests.at(-1)!;
    expect(streamed.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(streamed.body).toMatchObject({ stream: true, model: 'fake-model' });
  });

  it('retries the feedback job after the LLM fails, and the retry writes the LLM report', async () => {
    const state = await startPractice(t, candidate, { questionCount: 1 });
    const answer = strongAnswers[1]!;
    const evaluation = {
      star: { situation: 'Last year our billing pipeline kept missing settlement deadlines before an audit.', task: 'I was asked to fix it within a month.', action: 'I moved the batch jobs to Kafka consumers, added Grafana alerts and wrote load tests.', result: 'Settlement time dropped by 40% and we passed the audit two weeks early.' },
      competencies: [{ competency: 'problem_solving', score: 5, quote: 'Settlement time dropped by 40%', why: 'A measured result the candidate owned.' }],
      overall: 5,
      feedback: ['Say how you chose Kafka over the alternatives.'],
    };
    const summary = {
      headline: 'A crisp, measured story from the model',
      summary: 'The candidate told one complete story with a clear action and a measured result. The structure was easy to follow. More detail on trade-offs would make it stronger.',
      rating: 5,
      competencies: [{ competency: 'problem_solving', score: 5, quote: 'Settlement time dropped by 40%' }],
      strengths: [{ text: 'Quantified the outcome', quote: 'Settlement time dropped by 40% and we passed the audit two weeks early.' }, { text: 'An invented strength', quote: 'I single-handedly saved the company' }],
      improvements: [{ text: 'Explain the trade-offs', technique: 'Name the alternatives you rejected and why', quote: null }],
      rewrite: null,
      suggestions: ['Prepare two more stories with numbers.'],
      practicePlan: [{ day: 1, focus: 'Trade-offs', exercise: 'Retell the Kafka story naming two alternatives.' }],
    };
    fake.enqueue(
      // The closing turn's wording (an empty object: worded offline).
      { kind: 'json', value: {} },
      // First attempt of the job: the evaluation fails, and so does the SDK's own retry.
      { kind: 'error', status: 500, message: 'The server had an error while processing your request.' },
      { kind: 'error', status: 500, message: 'The server had an error while processing your request.' },
      // Second attempt: the model answers.
      { kind: 'json', value: evaluation },
      { kind: 'json', value: summary },
    );
    const answered = await call(t, 'POST', `/api/practice/sessions/${state.id}/answers`, { cookie: candidate.cookie, payload: { questionId: state.currentQuestion!.id, text: answer } });
    expect(answered.json<PracticeSessionState>()).toMatchObject({ status: 'completed', feedbackStatus: 'pending' });

    const report = await waitForReport(t, candidate, state.id);
    expect(report).toMatchObject({ engine: 'llm', headline: summary.headline, rating: 5, ratingWord: 'Excellent', score: 100 });
    expect(report.strengths).toEqual([summary.strengths[0]]);
    expect(report.perQuestion[0]?.attempts[0]?.evaluation?.star.result).toBe(evaluation.star.result);
    const [stored] = await t.database.db
      .select({ engine: answerEvaluations.engine })
      .from(answerEvaluations)
      .innerJoin(practiceAnswers, eq(practiceAnswers.id, answerEvaluations.answerId))
      .where(eq(practiceAnswers.sessionId, state.id));
    expect(stored?.engine).toBe('llm');
    const [job] = await selectRows<{ state: string; retry_count: number }>(
      t.database.db,
      sql`select state, retry_count from pgboss.job where name = 'practice.feedback' and data->>'sessionId' = ${state.id}`,
    );
    expect(job).toEqual({ state: 'completed', retry_count: 1 });
  });
});
