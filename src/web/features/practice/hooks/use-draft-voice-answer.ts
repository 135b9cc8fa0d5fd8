import { useMutation } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import { draftVoiceAnswer } from '#web/features/practice/api/speech-api.ts';

/** Uploads a recorded answer and returns its transcript for the candidate to correct before submitting. */
export function useDraftVoiceAnswer(sessionId: string) {
  return useMutation({ mutationFn: ({ questionId, recording }: { questionId: string; recording: Blob }) => draftVoiceAnswer(api, sessionId, questionId, recording) });
}
