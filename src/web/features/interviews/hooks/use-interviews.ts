import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageNumber } from '#shared/contracts/common.ts';
import type { BookInterviewBody, CandidateAnswerBody, RescheduleBody, TimeOptionInput, UpdatePanelBody } from '#shared/contracts/interviews.ts';
import type { LiveTokenRole, RsvpState } from '#shared/vocabulary.ts';
import { api } from '#web/app/api-client.ts';
import {
  answerAsCandidate,
  answerAsPanelist,
  bookInterview,
  cancelInterview,
  draftQuestions,
  findConflicts,
  findInterviews,
  getCandidateView,
  getInterview,
  getTimeOptions,
  offerSlots,
  pickSlot,
  reissueLink,
  rescheduleInterview,
  revokeLink,
  updatePanel,
  type InterviewFilter,
} from '#web/features/interviews/api/interviews-api.ts';
import { findMembers } from '#web/features/workspaces/api/workspaces-api.ts';
import { workspacesKeys } from '#web/features/workspaces/hooks/workspaces-keys.ts';
import { interviewsKeys } from './interviews-keys.ts';

export function useInterviews(workspaceId: string | undefined, filter: InterviewFilter, page: PageNumber) {
  return useQuery({
    queryKey: interviewsKeys.list(workspaceId ?? '', filter, page),
    queryFn: () => findInterviews(api, workspaceId!, filter, page),
    enabled: Boolean(workspaceId),
    placeholderData: keepPreviousData,
  });
}

export function useInterview(interviewId: string) {
  return useQuery({ queryKey: interviewsKeys.interview(interviewId), queryFn: () => getInterview(api, interviewId) });
}

export function useTimeOptions(interviewId: string) {
  return useQuery({ queryKey: interviewsKeys.timeOptions(interviewId), queryFn: () => getTimeOptions(api, interviewId) });
}

/** After any change to one interview, its page, its answers and every list are read again. */
function useRefresh(interviewId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: interviewsKeys.interview(interviewId) }),
      queryClient.invalidateQueries({ queryKey: interviewsKeys.timeOptions(interviewId) }),
      queryClient.invalidateQueries({ queryKey: interviewsKeys.lists }),
    ]);
}

export function useBookInterview(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BookInterviewBody) => bookInterview(api, workspaceId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: interviewsKeys.lists }),
  });
}

export function useDraftQuestions(workspaceId: string) {
  return useMutation({ mutationFn: (body: { jobId?: string; candidateId?: string }) => draftQuestions(api, workspaceId, body) });
}

export function useCheckConflicts(workspaceId: string) {
  return useMutation({ mutationFn: (query: Parameters<typeof findConflicts>[2]) => findConflicts(api, workspaceId, query) });
}

export function useReschedule(interviewId: string) {
  const refresh = useRefresh(interviewId);
  return useMutation({ mutationFn: (body: RescheduleBody) => rescheduleInterview(api, interviewId, body), onSuccess: refresh });
}

export function useCancelInterview(interviewId: string) {
  const refresh = useRefresh(interviewId);
  return useMutation({ mutationFn: (reason: string) => cancelInterview(api, interviewId, reason), onSuccess: refresh });
}

export function useUpdatePanel(interviewId: string) {
  const refresh = useRefresh(interviewId);
  return useMutation({ mutationFn: (body: UpdatePanelBody) => updatePanel(api, interviewId, body), onSuccess: refresh });
}

export function useAnswerAsPanelist(interviewId: string) {
  const refresh = useRefresh(interviewId);
  return useMutation({ mutationFn: (rsvp: RsvpState) => answerAsPanelist(api, interviewId, rsvp), onSuccess: refresh });
}

export function useOfferSlots(interviewId: string) {
  const refresh = useRefresh(interviewId);
  return useMutation({ mutationFn: (slots: TimeOptionInput[]) => offerSlots(api, interviewId, slots), onSuccess: refresh });
}

export function useRevokeLink(interviewId: string) {
  return useMutation({ mutationFn: (role: LiveTokenRole) => revokeLink(api, interviewId, role) });
}

export function useReissueLink(interviewId: string) {
  return useMutation({ mutationFn: (role: LiveTokenRole) => reissueLink(api, interviewId, role) });
}

export function useCandidateView(interviewId: string) {
  return useQuery({ queryKey: interviewsKeys.candidateView(interviewId), queryFn: () => getCandidateView(api, interviewId) });
}

export function useAnswerAsCandidate(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CandidateAnswerBody) => answerAsCandidate(api, interviewId, body),
    onSuccess: (view) => queryClient.setQueryData(interviewsKeys.candidateView(interviewId), view),
  });
}

export function usePickSlot(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (slotId: string) => pickSlot(api, interviewId, slotId),
    onSuccess: (view) => queryClient.setQueryData(interviewsKeys.candidateView(interviewId), view),
  });
}

/** The workspace's members (up to 100), to pick panelists from. */
export function useWorkspaceMembers(workspaceId: string | undefined) {
  return useQuery({
    queryKey: workspacesKeys.memberPage(workspaceId ?? '', { page: 1, pageSize: 100 }),
    queryFn: () => findMembers(api, workspaceId!, { page: 1, pageSize: 100 }),
    enabled: Boolean(workspaceId),
  });
}
