import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { sampleJobText, sampleResumeText } from '#tests/support/fake-llm/task-samples.ts';
import { answerCurrent, startPractice, strongAnswers } from '#tests/support/practice-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { candidateProfiles, jobPostings, practiceQuestions, practiceSessions } from '#server/db/schema/index.ts';
import type { PracticeSessionList, PracticeSessionState } from '#shared/contracts/practice.ts';

describe('practice sessions: ownership, bad input, history', () => {
  let t: TestApp;
  let owner: Caller;
  let other: Caller;
  let session: PracticeSessionState;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await signUp(t);
    other = await signUp(t);
    session = await startPractice(t, owner);
  });
  afterAll(async () => t.close());

  it("answers 404 to another user on every route of someone else's session", async () => {
    const base = `/api/practice/sessions/${session.id}`;
    const questionId = session.currentQuestion!.id;
    const attempts = [
      call(t, 'GET', base, { cookie: other.cookie }),
      call(t, 'POST', `${base}/answers`, { cookie: other.cookie, payload: { questionId, text: 'Mine now.' } }),
      call(t, 'POST', `${base}/answers/stream`, { cookie: other.cookie, payload: { questionId, text: 'Mine now.' } }),
      call(t, 'POST', `${base}/skip-stage`, { cookie: other.cookie }),
      call(t, 'POST', `${base}/end`, { cookie: other.cookie }),
      call(t, 'GET', `${base}/report`, { cookie: other.cookie }),
      call(t, 'POST', `${base}/report/retry`, { cookie: other.cookie }),
      call(t, 'POST', `${base}/questions/${questionId}/retry`, { cookie: other.cookie, payload: { text: 'Mine now.' } }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.statusCode, response.body).toBe(404);
    const list = await call(t, 'GET', '/api/practice/sessions', { cookie: other.cookie });
    expect(list.json<PracticeSessionList>().total).toBe(0);
    // Nothing changed for the owner.
    const mine = await call(t, 'GET', base, { cookie: owner.cookie });
    expect(mine.json<PracticeSessionState>().turns).toHaveLength(1);
  });

  it('refuses bad input with a clear 4xx', async () => {
    const base = `/api/practice/sessions/${session.id}`;
    const questionId = session.currentQuestion!.id;
    const empty = await call(t, 'POST', `${base}/answers`, { cookie: owner.cookie, payload: { questionId, text: '   \n ' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toMatch(/The answer is empty/);
    const unknown = await call(t, 'GET', '/api/practice/sessions/00000000-0000-4000-8000-000000000000', { cookie: owner.cookie });
    expect(unknown.statusCode).toBe(404);
    const badId = await call(t, 'GET', '/api/practice/sessions/not-a-uuid', { cookie: owner.cookie });
    expect(badId.statusCode).toBe(400);
    expect(badId.body).toMatch(/practice session id/);
    const wrongQuestion = await call(t, 'POST', `${base}/answers`, { cookie: owner.cookie, payload: { questionId: '00000000-0000-4000-8000-000000000000', text: 'An answer.' } });
    expect(wrongQuestion.statusCode).toBe(409);
    expect(wrongQuestion.json<{ error: { message: string; currentQuestionId: string } }>().error).toMatchObject({ currentQuestionId: questionId, message: expect.stringMatching(/not the current question/) as string });
    for (const questionCount of [0, 21, 2.5]) {
      const response = await call(t, 'POST', '/api/practice/sessions', { cookie: owner.cookie, payload: { targetRole: 'Nurse', interviewType: 'behavioural', questionCount, mode: 'text' } });
      expect(response.statusCode, String(questionCount)).toBe(400);
      expect(response.body).toMatch(/questionCount/);
    }
    const badType = await call(t, 'POST', '/api/practice/sessions', { cookie: owner.cookie, payload: { targetRole: 'Nurse', interviewType: 'poetry', questionCount: 3, mode: 'text' } });
    expect(badType.statusCode).toBe(400);
    const report = await call(t, 'GET', `${base}/report`, { cookie: owner.cookie });
    expect(report.statusCode).toBe(409);
    expect(report.body).toMatch(/still in progress/);
    const notMine = await call(t, 'POST', '/api/practice/sessions', {
      cookie: other.cookie,
      payload: { targetRole: 'Nurse', interviewType: 'behavioural', questionCount: 3, mode: 'text', jobPostingId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(notMine.statusCode).toBe(404);
  });

  it('personalises questions from the current CV and a saved job posting', async () => {
    const candidate = await signUp(t);
    await t.database.db.insert(candidateProfiles).values({ userId: candidate.userId, fullName: 'Jordan Reyes', cvText: sampleResumeText, keySkills: ['TypeScript', 'PostgreSQL'] });
    const [posting] = await t.database.db.insert(jobPostings).values({ addedBy: candidate.userId, jobTitle: 'Senior Backend Engineer', description: sampleJobText }).returning();
    const state = await startPractice(t, candidate, { interviewType: 'technical', questionCount: 5, jobPostingId: posting!.id, difficulty: 'hard', focusSkills: ['Kafka'] });
    expect(state).toMatchObject({ personalisedFrom: { resume: true, jobDescription: true }, jobPostingId: posting!.id, difficulty: 'hard', experienceLevel: 'senior', focusSkills: ['Kafka'] });
    expect(state.turns[0]?.text).toMatch(/Jordan/);
    const [row] = await t.database.db.select().from(practiceSessions).where(eq(practiceSessions.id, state.id));
    expect(row?.jobDescription).toBe(sampleJobText.trim());
    const questions = await t.database.db.select().from(practiceQuestions).where(eq(practiceQuestions.sessionId, state.id));
    expect(questions.some((question) => question.text.includes('Migrated the billing pipeline to Kafka'))).toBe(true);
    let current = state;
    while (current.currentQuestion && !current.currentQuestion.basedOn) current = await answerCurrent(t, candidate, current, strongAnswers[1]!);
    expect(current.currentQuestion?.basedOn).toEqual({ source: 'resume', quote: 'Migrated the billing pipeline to Kafka, cutting settlement time by 40%' });
  });

  it('lists my sessions newest first with filters and pages', async () => {
    const candidate = await signUp(t);
    const first = await startPractice(t, candidate, { interviewType: 'technical' });
    const second = await startPractice(t, candidate, { interviewType: 'behavioural' });
    await call(t, 'POST', `/api/practice/sessions/${first.id}/end`, { cookie: candidate.cookie });
    const list = async (query: string) => {
      const response = await call(t, 'GET', `/api/practice/sessions${query}`, { cookie: candidate.cookie });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<PracticeSessionList>();
    };
    expect((await list('')).items.map((item) => item.id)).toEqual([second.id, first.id]);
    expect((await list('?interviewType=technical')).items.map((item) => item.id)).toEqual([first.id]);
    expect((await list('?status=aborted')).items.map((item) => item.id)).toEqual([first.id]);
    expect((await list('?status=in_progress')).items.map((item) => item.id)).toEqual([second.id]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await list(`?from=${today}&to=${today}`)).total).toBe(2);
    expect((await list('?to=2000-01-01')).total).toBe(0);
    const page = await list('?limit=1&offset=1');
    expect(page).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(page.items.map((item) => item.id)).toEqual([first.id]);
    expect(page.items[0]).toMatchObject({ status: 'aborted', endReason: 'ended_by_candidate', answeredCount: 0, questionCount: 3, feedbackStatus: null, rating: null });
    const badDates = await call(t, 'GET', '/api/practice/sessions?from=2030-01-02&to=2030-01-01', { cookie: candidate.cookie });
    expect(badDates.statusCode).toBe(400);
  });

  it('times out a session left idle too long when it is next touched', async () => {
    const candidate = await signUp(t);
    let state = await startPractice(t, candidate);
    state = await answerCurrent(t, candidate, state, strongAnswers[0]!);
    await t.database.db.update(practiceSessions).set({ updatedAt: new Date(Date.now() - 3 * 3_600_000) }).where(eq(practiceSessions.id, state.id));
    const response = await call(t, 'GET', `/api/practice/sessions/${state.id}`, { cookie: candidate.cookie });
    state = response.json<PracticeSessionState>();
    expect(state).toMatchObject({ status: 'completed', endReason: 'timed_out', endedBy: 'system', currentQuestion: null, feedbackStatus: 'pending' });
    expect(state.turns.at(-1)?.text).toMatch(/end of our time/);
  });
});
