import { pageParams } from '#shared/contracts/common.ts';
import { z } from 'zod';
import {
  practiceProgressSchema,
  practiceReportSchema,
  practiceSessionListSchema,
  practiceSessionStateSchema,
  reportPendingSchema,
  retryAnswerResultSchema,
  type CreatePracticeSessionBody,
  type ListPracticeSessionsQuery,
  type PracticeProgress,
  type PracticeReport,
  type PracticeReportPending,
  type PracticeSessionList,
  type PracticeSessionState,
  type QuestionDetail,
  type RetryAnswerBody,
  type SubmitAnswerBody,
} from '#shared/contracts/practice.ts';
import type { ApiClient } from '#web/app/api-client.ts';

/** Which of the caller's sessions to list, and which page of them. */
export type SessionFilter = Omit<ListPracticeSessionsQuery, 'limit' | 'offset'> & { page: number; pageSize: number };

export const practiceSessionsPath = '/api/practice/sessions';
export const sessionPath = (sessionId: string) => `${practiceSessionsPath}/${encodeURIComponent(sessionId)}`;

/** The report route answers 202 {status: 'pending'} while the feedback is being made, then the report. */
const reportOrPendingSchema = z.union([reportPendingSchema, practiceReportSchema]);

export function findPracticeSessions(client: ApiClient, filter: SessionFilter, signal?: AbortSignal): Promise<PracticeSessionList> {
  const query = pageParams(filter);
  for (const key of ['status', 'interviewType', 'from', 'to'] as const) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  return client.get(`${practiceSessionsPath}?${query.toString()}`, { schema: practiceSessionListSchema, signal });
}

export function getPracticeSession(client: ApiClient, sessionId: string): Promise<PracticeSessionState> {
  return client.get(sessionPath(sessionId), { schema: practiceSessionStateSchema });
}

export function createPracticeSession(client: ApiClient, body: CreatePracticeSessionBody): Promise<PracticeSessionState> {
  return client.post(practiceSessionsPath, body, { schema: practiceSessionStateSchema });
}

export function submitAnswer(client: ApiClient, sessionId: string, body: SubmitAnswerBody): Promise<PracticeSessionState> {
  return client.post(`${sessionPath(sessionId)}/answers`, body, { schema: practiceSessionStateSchema });
}

export function skipStage(client: ApiClient, sessionId: string): Promise<PracticeSessionState> {
  return client.post(`${sessionPath(sessionId)}/skip-stage`, undefined, { schema: practiceSessionStateSchema });
}

export function endSession(client: ApiClient, sessionId: string): Promise<PracticeSessionState> {
  return client.post(`${sessionPath(sessionId)}/end`, undefined, { schema: practiceSessionStateSchema });
}

export function getReport(client: ApiClient, sessionId: string): Promise<PracticeReport | PracticeReportPending> {
  return client.get(`${sessionPath(sessionId)}/report`, { schema: reportOrPendingSchema });
}

export function retryReport(client: ApiClient, sessionId: string): Promise<PracticeReportPending> {
  return client.post(`${sessionPath(sessionId)}/report/retry`, undefined, { schema: reportPendingSchema });
}

export function retryQuestion(client: ApiClient, sessionId: string, questionId: string, body: RetryAnswerBody): Promise<QuestionDetail> {
  return client.post(`${sessionPath(sessionId)}/questions/${encodeURIComponent(questionId)}/retry`, body, { schema: retryAnswerResultSchema });
}

export function getProgress(client: ApiClient): Promise<PracticeProgress> {
  return client.get('/api/practice/progress', { schema: practiceProgressSchema });
}
