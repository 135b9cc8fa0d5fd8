import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import { setOfflineSpeech } from '#web/features/practice/api/speech-api.ts';
import { practiceKeys } from './practice-keys.ts';

/** Switches the offline rough draft on or off; the answer replaces the cached speech availability. */
export function useOfflineSpeech() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => setOfflineSpeech(api, enabled),
    onSuccess: (availability) => queryClient.setQueryData(practiceKeys.speechAvailability, availability),
  });
}
