import { useQuery } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import { getSpeechAvailability } from '#web/features/practice/api/speech-api.ts';
import { practiceKeys } from './practice-keys.ts';

/** Whether the caller can dictate answers (a speech-to-text key of theirs or the server's), and if not, why. */
export function useSpeechAvailability() {
  return useQuery({ queryKey: practiceKeys.speechAvailability, queryFn: () => getSpeechAvailability(api) });
}
