import { useQuery } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import { getProgress } from '#web/features/practice/api/practice-api.ts';
import { practiceKeys } from './practice-keys.ts';

export function usePracticeProgress() {
  return useQuery({ queryKey: practiceKeys.progress, queryFn: () => getProgress(api) });
}
