import type { PageNumber } from '#shared/contracts/common.ts';
import type { InterviewFilter } from '#web/features/interviews/api/interviews-api.ts';

/** Every interviews query lives under ['interviews', kind, ...]. */
export const interviewsKeys = {
  all: ['interviews'] as const,
  lists: ['interviews', 'list'] as const,
  list: (workspaceId: string, filter: InterviewFilter, page: PageNumber) => ['interviews', 'list', workspaceId, filter, page] as const,
  interview: (interviewId: string) => ['interviews', 'one', interviewId] as const,
  timeOptions: (interviewId: string) => ['interviews', 'time-options', interviewId] as const,
  candidateView: (interviewId: string) => ['interviews', 'candidate-view', interviewId] as const,
};
