import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import * as stories from '#web/features/career/api/stories-api.ts';
import { careerKeys } from './career-keys.ts';

const running = (status: string | undefined) => status === 'pending' || status === 'running';

export function usePostings(page: number) {
  return useQuery({ queryKey: careerKeys.postings(page), queryFn: () => stories.findPostings(api, { page, pageSize: 50 }), placeholderData: keepPreviousData });
}

export function useSetTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ postingId, isTarget }: { postingId: string; isTarget: boolean }) => stories.setTarget(api, postingId, isTarget),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['career', 'postings'] }),
  });
}

/** The runs, refreshed every second while one is still running. */
export function useAnalyses(page: number) {
  return useQuery({
    queryKey: careerKeys.analysisPage(page),
    queryFn: () => stories.findAnalyses(api, { page, pageSize: 20 }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some((item) => running(item.status)) ? 1000 : false),
  });
}

/** One run, followed every second until it completes or fails. */
export function useAnalysis(id: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: careerKeys.analysis(id ?? ''),
    queryFn: async () => {
      const analysis = await stories.getAnalysis(api, id!);
      if (!running(analysis.status)) void queryClient.invalidateQueries({ queryKey: careerKeys.home });
      return analysis;
    },
    enabled: !!id,
    refetchInterval: (query) => (running(query.state.data?.status) ? 1000 : false),
  });
}

export function useStartAnalysis() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => stories.startAnalysis(api), onSuccess: () => queryClient.invalidateQueries({ queryKey: careerKeys.analyses }) });
}

export function useComparison(id: string | undefined, otherId: string | undefined) {
  return useQuery({ queryKey: careerKeys.comparison(id ?? '', otherId ?? ''), queryFn: () => stories.compareAnalyses(api, id!, otherId!), enabled: !!id && !!otherId });
}

export function useCareerHome() {
  return useQuery({ queryKey: careerKeys.home, queryFn: () => stories.getCareerHome(api) });
}
