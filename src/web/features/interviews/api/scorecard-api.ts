import { pageParams, type PageNumber } from '#shared/contracts/common.ts';
import { candidateInterviewsSchema, type CandidateInterviews } from '#shared/contracts/candidate-interviews.ts';
import { myScorecardSchema, scorecardPageSchema, type MyScorecard, type ScorecardBody, type ScorecardPage } from '#shared/contracts/interviews.ts';
import type { ApiClient } from '#web/app/api-client.ts';

const base = (interviewId: string) => `/api/interviews/${encodeURIComponent(interviewId)}`;

export const scorecardPath = (interviewId: string) => `/hiring/interviews/${encodeURIComponent(interviewId)}/scorecard`;

export function findMyScorecard(client: ApiClient, interviewId: string): Promise<MyScorecard> {
  return client.get(`${base(interviewId)}/scorecard`, { schema: myScorecardSchema });
}

export function saveMyScorecard(client: ApiClient, interviewId: string, body: ScorecardBody): Promise<MyScorecard> {
  return client.put(`${base(interviewId)}/scorecard`, body, { schema: myScorecardSchema });
}

export function findScorecards(client: ApiClient, interviewId: string, page: PageNumber): Promise<ScorecardPage> {
  return client.get(`${base(interviewId)}/scorecards?${pageParams(page).toString()}`, { schema: scorecardPageSchema });
}

export function findCandidateInterviews(client: ApiClient, workspaceId: string, candidateId: string): Promise<CandidateInterviews> {
  return client.get(`/api/workspaces/${encodeURIComponent(workspaceId)}/candidates/${encodeURIComponent(candidateId)}/interviews`, { schema: candidateInterviewsSchema });
}
