import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PracticeSessionState, SubmitAnswerBody } from '#shared/contracts/practice.ts';
import { api } from '#web/app/api-client.ts';
import { endSession, skipStage } from '#web/features/practice/api/practice-api.ts';
import { streamAnswer } from '#web/features/practice/api/stream-answer.ts';
import { practiceKeys } from './practice-keys.ts';

function useStoreSession(sessionId: string) {
  const queryClient = useQueryClient();
  return async (session: PracticeSessionState) => {
    queryClient.setQueryData(practiceKeys.session(sessionId), session);
    await queryClient.invalidateQueries({ queryKey: practiceKeys.allSessions });
  };
}

/** Submits an answer and exposes the interviewer's reply while it streams in (empty when nothing is streaming). */
export function useSubmitAnswer(sessionId: string) {
  const store = useStoreSession(sessionId);
  const [streamingReply, setStreamingReply] = useState('');
  const mutation = useMutation({
    mutationFn: (body: SubmitAnswerBody) => {
      setStreamingReply('');
      return streamAnswer(api, sessionId, body, (text) => setStreamingReply((reply) => reply + text));
    },
    onSuccess: store,
    onSettled: () => setStreamingReply(''),
  });
  return { ...mutation, streamingReply };
}

export function useSkipStage(sessionId: string) {
  const store = useStoreSession(sessionId);
  return useMutation({ mutationFn: () => skipStage(api, sessionId), onSuccess: store });
}

export function useEndInterview(sessionId: string) {
  const store = useStoreSession(sessionId);
  return useMutation({ mutationFn: () => endSession(api, sessionId), onSuccess: store });
}
