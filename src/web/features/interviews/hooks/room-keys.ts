import type { PageNumber } from '#shared/contracts/common.ts';

/** Query keys of the interview room and the scorecards (the scheduling pages keep their own keys). */
export const roomKeys = {
  all: (interviewId: string) => ['interview-room', interviewId] as const,
  lobby: (interviewId: string) => ['interview-room', interviewId, 'lobby'] as const,
  host: (interviewId: string) => ['interview-room', interviewId, 'host'] as const,
  briefing: (interviewId: string) => ['interview-room', interviewId, 'briefing'] as const,
  speech: (interviewId: string) => ['interview-room', interviewId, 'speech'] as const,
  transcript: (interviewId: string) => ['interview-room', interviewId, 'transcript'] as const,
  review: (interviewId: string) => ['interview-room', interviewId, 'review'] as const,
  myScorecard: (interviewId: string) => ['interview-room', interviewId, 'scorecard'] as const,
  scorecards: (interviewId: string) => ['interview-room', interviewId, 'scorecards'] as const,
  scorecardPage: (interviewId: string, page: PageNumber) => ['interview-room', interviewId, 'scorecards', page] as const,
};
