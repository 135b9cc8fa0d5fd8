import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HostRoom, InterviewQuestion, TranscriptBody } from '#shared/contracts/interviews.ts';
import { api } from '#web/app/api-client.ts';
import { acceptNotice, addNote, addTranscriptSegment, endInterview, findBriefing, findHostRoom, findLobby, findReview, markAsked } from '#web/features/interviews/api/room-api.ts';
import { roomKeys } from './room-keys.ts';

export function useLobby(interviewId: string) {
  // Polled so the candidate's page shows within seconds when the host switches speech-to-text on or off.
  return useQuery({ queryKey: roomKeys.lobby(interviewId), queryFn: () => findLobby(api, interviewId), retry: false, refetchInterval: 5000 });
}

export function useHostRoom(interviewId: string, enabled: boolean) {
  return useQuery({ queryKey: roomKeys.host(interviewId), queryFn: () => findHostRoom(api, interviewId), enabled });
}

export function useBriefing(interviewId: string, enabled: boolean) {
  return useQuery({ queryKey: roomKeys.briefing(interviewId), queryFn: () => findBriefing(api, interviewId), enabled, staleTime: Infinity });
}

/** The review: polled every 2 s while the background job writes it. */
export function useRoomReview(interviewId: string, enabled: boolean) {
  return useQuery({
    queryKey: roomKeys.review(interviewId),
    queryFn: () => findReview(api, interviewId),
    enabled,
    refetchInterval: (query) => (query.state.data?.state === 'pending' ? 2000 : false),
  });
}

export function useAcceptNotice(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => acceptNotice(api), onSuccess: () => queryClient.invalidateQueries({ queryKey: roomKeys.lobby(interviewId) }) });
}

export function useAddNote(interviewId: string) {
  return useMutation({ mutationFn: (text: string) => addNote(api, interviewId, text) });
}

export function useAddTranscript(interviewId: string) {
  return useMutation({ mutationFn: (body: TranscriptBody) => addTranscriptSegment(api, interviewId, body) });
}

export function useMarkAsked(interviewId: string) {
  const queryClient = useQueryClient();
  const setQuestions = (change: (questions: InterviewQuestion[]) => InterviewQuestion[]) =>
    queryClient.setQueryData<HostRoom>(roomKeys.host(interviewId), (room) => (room ? { ...room, questions: change(room.questions) } : room));
  return useMutation({
    mutationFn: ({ questionId, asked }: { questionId: string; asked: boolean }) => markAsked(api, interviewId, questionId, asked),
    // The tick shows at once; the server's list replaces it, and a failure puts the room back as the server has it.
    onMutate: ({ questionId, asked }) => setQuestions((questions) => questions.map((question) => (question.id === questionId ? { ...question, asked } : question))),
    onSuccess: (questions) => setQuestions(() => questions),
    onError: () => queryClient.invalidateQueries({ queryKey: roomKeys.host(interviewId) }),
  });
}

export function useEndInterview(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => endInterview(api, interviewId), onSuccess: () => queryClient.invalidateQueries({ queryKey: roomKeys.all(interviewId) }) });
}
