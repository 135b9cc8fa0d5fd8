import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp } from '#tests/support/auth-helpers.ts';
import { answerCurrent, getPractice, startPractice, strongAnswers, waitForReport } from '#tests/support/practice-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import type { PracticeSessionState } from '#shared/contracts/practice.ts';

describe('a practice interview through the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, { withQueue: true });
  });
  afterAll(async () => t.close());

  it('runs a three-question text interview to a report whose quotes are the candidate\'s own words', async () => {
    // No profile and no CV: the account's name is the one the interviewer uses.
    const candidate = await signUp(t, { name: 'Marisol Ortega' });
    let state = await startPractice(t, candidate, { interviewType: 'behavioral' });
    expect(state.turns[0]?.text).toMatch(/^Hello, Marisol, and welcome/);
    expect(state).toMatchObject({ status: 'in_progress', interviewType: 'behavioural', mode: 'text', questionCount: 3, answeredCount: 0 });
    expect(state.currentQuestion?.text.length).toBeGreaterThan(10);
    expect(state.turns).toHaveLength(1);
    expect(state.turns[0]).toMatchObject({ role: 'interviewer', kind: 'question', questionId: state.currentQuestion!.id });
    expect(state.turns[0]?.text).toMatch(/welcome/i);
    expect(state.stages.map((stage) => stage.stage)).toEqual(['introduction', 'behavioural']);

    const typed: string[] = [];
    for (const text of strongAnswers.slice(0, 3)) {
      typed.push(text);
      state = await answerCurrent(t, candidate, state, text);
    }
    expect(state).toMatchObject({ status: 'completed', endReason: 'completed', endedBy: 'interviewer', answeredCount: 3, currentQuestion: null });
    expect(state.turns.filter((turn) => turn.kind === 'follow_up')).toEqual([]);
    expect(state.turns.map((turn) => turn.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer', 'close']);
    expect(state.turns.at(-1)?.text).toMatch(/feedback report/);

    const report = await waitForReport(t, candidate, state.id);
    expect(report.rating).toBeGreaterThanOrEqual(1);
    expect(report.rating).toBeLessThanOrEqual(5);
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.ratingWord.length).toBeGreaterThan(0);
    expect(report.summary.length).toBeGreaterThan(20);
    expect(report.strengths.length).toBeGreaterThan(0);
    for (const strength of report.strengths) expect(typed.some((answer) => answer.includes(strength.quote))).toBe(true);
    expect(report.competencies.length).toBeGreaterThan(0);
    expect(report.perQuestion).toHaveLength(3);
    for (const question of report.perQuestion) {
      expect(question.attempts).toHaveLength(1);
      expect(question.attempts[0]?.evaluation?.overall).toBeGreaterThanOrEqual(1);
      expect(question.attempts[0]?.metrics.wordCount).toBeGreaterThan(20);
    }
    expect(report.delivery.totalWords).toBeGreaterThan(100);
    expect((await getPractice(t, candidate, state.id)).feedbackStatus).toBe('ready');
  });

  it('asks a follow-up when an answer is thin, then moves on', async () => {
    const candidate = await signUp(t);
    let state = await startPractice(t, candidate);
    state = await answerCurrent(t, candidate, state, strongAnswers[0]!);
    const storyQuestion = state.currentQuestion!;
    state = await answerCurrent(t, candidate, state, 'We fixed it as a team.');
    expect(state.currentQuestion).toMatchObject({ isFollowUp: true, parentQuestionId: storyQuestion.id, number: storyQuestion.number });
    expect(state.turns.at(-1)).toMatchObject({ role: 'interviewer', kind: 'follow_up', questionId: state.currentQuestion!.id });
    expect(state.answeredCount).toBe(2);
    state = await answerCurrent(t, candidate, state, strongAnswers[1]!);
    expect(state.currentQuestion?.isFollowUp).toBe(false);
    expect(state.currentQuestion?.number).toBe(3);
  });

  it('skips a stage, recording it, and the interviewer moves on', async () => {
    const candidate = await signUp(t);
    let state = await startPractice(t, candidate, { questionCount: 4, interviewType: 'mixed' });
    const firstStage = state.stage;
    const response = await call(t, 'POST', `/api/practice/sessions/${state.id}/skip-stage`, { cookie: candidate.cookie });
    expect(response.statusCode, response.body).toBe(200);
    state = response.json<PracticeSessionState>();
    expect(state.skippedStages).toEqual([firstStage]);
    expect(state.stage).not.toBe(firstStage);
    expect(state.stages.find((stage) => stage.stage === firstStage)?.status).toBe('skipped');
    expect(state.turns.map((turn) => turn.kind)).toEqual(['question', 'skip', 'question']);
    expect(state.currentQuestion?.stage).toBe(state.stage);
  });

  it('ends early on request: ended by the candidate, and the report covers what was answered', async () => {
    const candidate = await signUp(t);
    let state = await startPractice(t, candidate, { interviewType: 'mixed' });
    // A mixed draw of three asks one introduction, one experience or technical, and one behavioural question.
    expect(state.stages.map((stage) => stage.stage)).toEqual(['introduction', expect.stringMatching(/^(experience|technical)$/), 'behavioural']);
    state = await answerCurrent(t, candidate, state, strongAnswers[0]!);
    const ended = await call(t, 'POST', `/api/practice/sessions/${state.id}/end`, { cookie: candidate.cookie });
    expect(ended.statusCode, ended.body).toBe(200);
    state = ended.json<PracticeSessionState>();
    expect(state).toMatchObject({ status: 'completed', endReason: 'ended_by_candidate', endedBy: 'candidate', answeredCount: 1, currentQuestion: null });
    expect(state.turns.at(-1)?.kind).toBe('close');
    expect(state.stages.map((stage) => stage.status)).toEqual(['done', 'done', 'not_reached']);
    const again = await call(t, 'POST', `/api/practice/sessions/${state.id}/answers`, { cookie: candidate.cookie, payload: { questionId: state.turns[0]!.questionId, text: 'More.' } });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { message: string } }>().error.message).toMatch(/already ended/);
    const report = await waitForReport(t, candidate, state.id);
    expect(report.perQuestion).toHaveLength(1);
  });

  it('streams the reply as one delta when no LLM is configured, then the saved state', async () => {
    const candidate = await signUp(t);
    const state = await startPractice(t, candidate);
    const response = await call(t, 'POST', `/api/practice/sessions/${state.id}/answers/stream`, {
      cookie: candidate.cookie,
      payload: { questionId: state.currentQuestion!.id, text: strongAnswers[0] },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    const blocks = response.body.trim().split('\n\n');
    expect(blocks.map((block) => /^event: (.+)$/m.exec(block)?.[1])).toEqual(['delta', 'state']);
    const delta = JSON.parse(/^data: (.+)$/m.exec(blocks[0]!)![1]!) as { text: string };
    const saved = JSON.parse(/^data: (.+)$/m.exec(blocks[1]!)![1]!) as PracticeSessionState;
    expect(saved.turns.at(-1)?.text).toBe(delta.text);
    expect(delta.text).toContain(saved.currentQuestion!.text);
    const stale = await call(t, 'POST', `/api/practice/sessions/${state.id}/answers/stream`, {
      cookie: candidate.cookie,
      payload: { questionId: state.currentQuestion!.id, text: strongAnswers[0] },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toMatch(/json/);
  });
});
