import { expect } from 'vitest';
import type { PracticeReportReady, PracticeSessionState } from '#shared/contracts/practice.ts';
import { call, type Caller } from './auth-helpers.ts';
import { waitFor } from './hiring-http.ts';
import type { TestApp } from './test-app.ts';

/** Answers that leave the interviewer nothing to probe: an action, the speaker's own part, a measured result. */
export const strongAnswers = [
  'I am a backend engineer with six years of experience building payment services in TypeScript and PostgreSQL. I enjoy owning systems end to end and I want a role where reliability matters.',
  'Last year our billing pipeline kept missing settlement deadlines before an audit. I was asked to fix it within a month. I moved the batch jobs to Kafka consumers, added Grafana alerts and wrote load tests. Settlement time dropped by 40% and we passed the audit two weeks early.',
  'When a customer asked for a refund feature we could not ship that quarter, I met them the same week and explained the constraint. I proposed a manual refund process with a two day turnaround and wrote the runbook myself. They renewed their contract and the churn risk was closed.',
  'In 2022 I noticed our API latency doubling every release. I profiled the slowest endpoints, found an N+1 query in PostgreSQL and rewrote it with a join plus an index. Median latency fell from 800 ms to 120 ms and I added a performance check to CI.',
];

export async function startPractice(t: TestApp, caller: Caller, body: Record<string, unknown> = {}): Promise<PracticeSessionState> {
  const response = await call(t, 'POST', '/api/practice/sessions', {
    cookie: caller.cookie,
    payload: { targetRole: 'Backend Engineer', interviewType: 'behavioural', questionCount: 3, mode: 'text', ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<PracticeSessionState>();
}

export async function answerCurrent(t: TestApp, caller: Caller, state: PracticeSessionState, text: string): Promise<PracticeSessionState> {
  const response = await call(t, 'POST', `/api/practice/sessions/${state.id}/answers`, { cookie: caller.cookie, payload: { questionId: state.currentQuestion!.id, text } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<PracticeSessionState>();
}

export async function getPractice(t: TestApp, caller: Caller, sessionId: string): Promise<PracticeSessionState> {
  const response = await call(t, 'GET', `/api/practice/sessions/${sessionId}`, { cookie: caller.cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<PracticeSessionState>();
}

/** Polls the report until it is no longer pending (202) and returns it. */
export async function waitForReport(t: TestApp, caller: Caller, sessionId: string): Promise<PracticeReportReady> {
  const response = await waitFor(
    () => call(t, 'GET', `/api/practice/sessions/${sessionId}/report`, { cookie: caller.cookie }),
    (reply) => reply.statusCode !== 202,
  );
  expect(response.statusCode, response.body).toBe(200);
  const report = response.json<PracticeReportReady>();
  expect(report.status, response.body).toBe('ready');
  return report;
}
