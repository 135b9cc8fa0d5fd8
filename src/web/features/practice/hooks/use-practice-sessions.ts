import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatePracticeSessionBody } from '#shared/contracts/practice.ts';
import { api } from '#web/app/api-client.ts';
import { createPracticeSession, findPracticeSessions, getPracticeSession, type SessionFilter } from '#web/features/practice/api/practice-api.ts';
import { practiceKeys } from './practice-keys.ts';

export function usePracticeSessions(filter: SessionFilter) {
  return useQuery({
    queryKey: practiceKeys.sessions(filter),
    queryFn: ({ signal }) => findPracticeSessions(api, filter, signal),
    placeholderData: keepPreviousData,
  });
}

/** The whole conversation and the current question, so a reload resumes where the candidate was. */
export function usePracticeSession(sessionId: string) {
  return useQuery({ queryKey: practiceKeys.session(sessionId), queryFn: () => getPracticeSession(api, sessionId) });
}

export function useCreatePracticeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePracticeSessionBody) => createPracticeSession(api, body),
    onSuccess: async (session) => {
      queryClient.setQueryData(practiceKeys.session(session.id), session);
      await queryClient.invalidateQueries({ queryKey: practiceKeys.allSessions });
    },
  });
}
