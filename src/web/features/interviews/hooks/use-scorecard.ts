import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageNumber } from '#shared/contracts/common.ts';
import type { ScorecardBody } from '#shared/contracts/interviews.ts';
import { api } from '#web/app/api-client.ts';
import { findCandidateInterviews, findMyScorecard, findScorecards, saveMyScorecard } from '#web/features/interviews/api/scorecard-api.ts';
import { roomKeys } from './room-keys.ts';

export function useMyScorecard(interviewId: string) {
  return useQuery({ queryKey: roomKeys.myScorecard(interviewId), queryFn: () => findMyScorecard(api, interviewId) });
}

export function useScorecards(interviewId: string, page: PageNumber) {
  return useQuery({ queryKey: roomKeys.scorecardPage(interviewId, page), queryFn: () => findScorecards(api, interviewId, page), placeholderData: keepPreviousData });
}

export function useSaveScorecard(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScorecardBody) => saveMyScorecard(api, interviewId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roomKeys.all(interviewId) }),
  });
}

/** A hiring candidate's interviews with the scorecards the viewer may read (waits for the workspace to be known). */
export function useCandidateInterviews(workspaceId: string | undefined, candidateId: string) {
  return useQuery({
    queryKey: ['interviews', 'of-candidate', workspaceId, candidateId],
    queryFn: () => findCandidateInterviews(api, workspaceId ?? '', candidateId),
    enabled: Boolean(workspaceId),
  });
}
