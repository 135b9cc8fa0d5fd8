import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageNumber } from '#shared/contracts/common.ts';
import { api } from '#web/app/api-client.ts';
import { discardFailedJob, findFailedJobs, findOverview, previewRetention, retryFailedJob, runRetention } from '#web/features/admin/api/admin-api.ts';
import { adminKeys } from './admin-keys.ts';

export function useOverview() {
  return useQuery({ queryKey: adminKeys.overview, queryFn: () => findOverview(api), refetchInterval: 15_000 });
}

export function useFailedJobs(page: PageNumber) {
  return useQuery({ queryKey: adminKeys.failedJobPage(page), queryFn: () => findFailedJobs(api, page), placeholderData: keepPreviousData });
}

/** Retry or discard a failed job; the list and the overview's counts are read again either way. */
export function useSettleFailedJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ job, action }: { job: { name: string; id: string }; action: 'retry' | 'discard' }) => (action === 'retry' ? retryFailedJob(api, job) : discardFailedJob(api, job)),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: adminKeys.failedJobs });
      await queryClient.invalidateQueries({ queryKey: adminKeys.overview });
    },
  });
}

/** What the daily data retention would remove now (a dry run on the server). */
export function useRetentionPreview() {
  return useQuery({ queryKey: adminKeys.retention, queryFn: () => previewRetention(api) });
}

export function useRunRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => runRetention(api),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: adminKeys.retention });
      await queryClient.invalidateQueries({ queryKey: adminKeys.overview });
    },
  });
}
