import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import { compareCandidates, findCandidates, getCandidate, rejectCandidate, shortlistCandidate, type RankingPageQuery } from '#web/features/hiring/api/candidates-api.ts';
import { hiringKeys } from './hiring-keys.ts';

/** One page of the job's ranking, filtered and sorted by the server over every candidate. */
export function useCandidates(jobId: string, query: RankingPageQuery) {
  return useQuery({
    queryKey: hiringKeys.candidates(jobId, query),
    queryFn: ({ signal }) => findCandidates(api, jobId, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCandidate(candidateId: string | undefined) {
  return useQuery({ queryKey: hiringKeys.candidate(candidateId ?? ''), queryFn: () => getCandidate(api, candidateId!), enabled: Boolean(candidateId) });
}

export function useCompare(jobId: string, ids: readonly string[]) {
  return useQuery({ queryKey: hiringKeys.compare(jobId, ids), queryFn: () => compareCandidates(api, jobId, ids), enabled: ids.length >= 2 });
}

export type Decision = { status: 'shortlisted' } | { status: 'rejected'; reason: string };

export function useDecideCandidate(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ candidateId, decision }: { candidateId: string; decision: Decision }) =>
      decision.status === 'shortlisted' ? shortlistCandidate(api, candidateId) : rejectCandidate(api, candidateId, decision.reason),
    onSuccess: async (profile) => {
      queryClient.setQueryData(hiringKeys.candidate(profile.id), profile);
      await queryClient.invalidateQueries({ queryKey: hiringKeys.jobCandidates(jobId) });
      await queryClient.invalidateQueries({ queryKey: hiringKeys.jobCompares(jobId) });
    },
  });
}
