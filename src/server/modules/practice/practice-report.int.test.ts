import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { sampleJobText } from '#tests/support/fake-llm/task-samples.ts';
import { answerCurrent, startPractice, strongAnswers, waitForReport } from '#tests/support/practice-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { candidateProfiles, practiceFeedback } from '#server/db/schema/index.ts';
import type { NotificationPage } from '#shared/contracts/notifications.ts';
import type { PracticeProgress, PracticeReportFailed, PracticeReportReady, PracticeSessionState, QuestionDetail } from '#shared/contracts/practice.ts';

describe('practice reports: retries and progress', () => {
  let t: TestApp;
  let candidate: Caller;
  let finished: PracticeSessionState;
  beforeAll(async () => {
    t = await createTestApp({}, { withQueue: true });
    candidate = await signUp(t);
    await t.database.db.insert(candidateProfiles).values({ userId: candidate.userId, keySkills: ['Java'], targetRoles: ['Backend Engineer'] });
    let state = await startPractice(t, candidate, { jobDescription: sampleJobText });
    for (const text of ['I build backend services.', strongAnswers[1]!, strongAnswers[2]!]) {
      state = await answerCurrent(t, candidate, state, text);
      if (state.currentQuestion?.isFollowUp) state = await answerCurrent(t, candidate, state, strongAnswers[0]!);
    }
    finished = state;
    await waitForReport(t, candidate, finished.id);
  });
  afterAll(async () => t.close());

  it('tells the candidate once that the report is ready, with a link to it', async () => {
    const page = (await call(t, 'GET', '/api/notifications', { cookie: candidate.cookie })).json<NotificationPage>();
    expect(page.items.filter((item) => item.type === 'practice_report_ready')).toEqual([
      expect.objectContaining({ title: 'Your interview report is ready', link: `/practice/sessions/${finished.id}/report`, readAt: null }),
    ]);
  });

  it('retries one question: a new attempt, evaluated at once, shown beside the first', async () => {
    const report = await waitForReport(t, candidate, finished.id);
    const question = report.perQuestion[0]!;
    const retried = await call(t, 'POST', `/api/practice/sessions/${finished.id}/questions/${question.questionId}/retry`, {
      cookie: candidate.cookie,
      payload: { text: strongAnswers[0], durationMs: 30_000 },
    });
    expect(retried.statusCode, retried.body).toBe(201);
    const detail = retried.json<QuestionDetail>();
    expect(detail.attempts.map((attempt) => attempt.attempt)).toEqual([1, 2]);
    expect(detail.attempts[1]).toMatchObject({ text: strongAnswers[0], metrics: { durationMs: 30_000 } });
    expect(detail.attempts[1]?.metrics.wordsPerMinute).toBeGreaterThan(0);
    expect(detail.attempts[1]?.evaluation?.overall).toBeGreaterThanOrEqual(1);
    expect(detail.attempts[0]?.evaluation).toEqual(question.attempts[0]?.evaluation);

    const again = await waitForReport(t, candidate, finished.id);
    expect(again.perQuestion[0]?.attempts).toHaveLength(2);
    expect(again.rating).toBe(report.rating);

    const empty = await call(t, 'POST', `/api/practice/sessions/${finished.id}/questions/${question.questionId}/retry`, { cookie: candidate.cookie, payload: { text: ' ' } });
    expect(empty.statusCode).toBe(400);
    const foreign = await call(t, 'POST', `/api/practice/sessions/${finished.id}/questions/00000000-0000-4000-8000-000000000000/retry`, { cookie: candidate.cookie, payload: { text: 'Again.' } });
    expect(foreign.statusCode).toBe(404);
  });

  it('offers a retry for a failed report, which then becomes ready', async () => {
    await t.database.db.update(practiceFeedback).set({ status: 'failed', error: 'The report could not be generated. Try again in a moment.' }).where(eq(practiceFeedback.sessionId, finished.id));
    const failed = await call(t, 'GET', `/api/practice/sessions/${finished.id}/report`, { cookie: candidate.cookie });
    expect(failed.statusCode).toBe(200);
    const body = failed.json<PracticeReportFailed>();
    expect(body).toMatchObject({ status: 'failed', retryUrl: `/api/practice/sessions/${finished.id}/report/retry` });
    const retry = await call(t, 'POST', body.retryUrl, { cookie: candidate.cookie });
    expect(retry.statusCode, retry.body).toBe(202);
    expect(retry.json()).toEqual({ status: 'pending' });
    const ready = await waitForReport(t, candidate, finished.id);
    expect(ready.status).toBe('ready');
    const twice = await call(t, 'POST', body.retryUrl, { cookie: candidate.cookie });
    expect(twice.statusCode).toBe(409);
  });

  it('shows competency scores over time and suggests what to practise next', async () => {
    const response = await call(t, 'GET', '/api/practice/progress', { cookie: candidate.cookie });
    expect(response.statusCode, response.body).toBe(200);
    const progress = response.json<PracticeProgress>();
    const report = (await call(t, 'GET', `/api/practice/sessions/${finished.id}/report`, { cookie: candidate.cookie })).json<PracticeReportReady>();
    expect(progress.sessions).toEqual([expect.objectContaining({ sessionId: finished.id, rating: report.rating, score: report.score })]);
    expect(progress.competencies.map((series) => series.competency).sort()).toEqual(report.competencies.map((item) => item.competency).sort());
    for (const series of progress.competencies) expect(series.points).toHaveLength(1);
    const suggestion = progress.nextSuggestion!;
    expect(suggestion.targetRole).toBe('Backend Engineer');
    expect(suggestion.reason.length).toBeGreaterThan(10);
    // The job asks for Kafka and PostgreSQL; the profile lists only Java.
    expect(suggestion.focusSkills).toEqual(expect.arrayContaining(['Apache Kafka']));
    expect(suggestion.focusSkills).not.toContain('Java');

    const newcomer = await signUp(t);
    const empty = (await call(t, 'GET', '/api/practice/progress', { cookie: newcomer.cookie })).json<PracticeProgress>();
    expect(empty).toEqual({ sessions: [], competencies: [], nextSuggestion: null });
  });

  it('never calls a skill missing that the CV names, even when the profile does not list it', async () => {
    const before = (await call(t, 'GET', '/api/practice/progress', { cookie: candidate.cookie })).json<PracticeProgress>();
    expect(before.nextSuggestion?.focusSkills).toEqual(expect.arrayContaining(['Apache Kafka', 'PostgreSQL']));
    // The profile still lists only Java; the CV's text names PostgreSQL (in another case) and Kafka not at all.
    const cvText = 'Jordan Reyes\nBackend developer\n- Moved the billing ledger to postgresql 15 with no downtime.';
    await t.database.db.update(candidateProfiles).set({ cvText }).where(eq(candidateProfiles.userId, candidate.userId));
    const after = (await call(t, 'GET', '/api/practice/progress', { cookie: candidate.cookie })).json<PracticeProgress>();
    expect(after.nextSuggestion?.focusSkills).toContain('Apache Kafka');
    expect(after.nextSuggestion?.focusSkills).not.toContain('PostgreSQL');
    if (after.nextSuggestion?.reason.includes('does not list')) expect(after.nextSuggestion.reason).not.toMatch(/PostgreSQL/);
    await t.database.db.update(candidateProfiles).set({ cvText: null }).where(eq(candidateProfiles.userId, candidate.userId));
  });
});
