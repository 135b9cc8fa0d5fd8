import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageNumber } from '#shared/contracts/common.ts';
import type { Batch } from '#shared/contracts/hiring.ts';
import { api } from '#web/app/api-client.ts';
import { findJobBatches, getBatch, uploadCvs } from '#web/features/hiring/api/batches-api.ts';
import { hiringKeys } from './hiring-keys.ts';

/**
 * How long to wait before asking for a running batch again. Each answer carries every file of the batch (the API has
 * no counts-only read), so a large batch is asked for less often: every second up to 200 files, then 5 ms a file, at
 * most every 5 s (a 1,000-file upload: 5 s, one 1,000-row answer rather than five).
 */
export function batchPollMs(total: number): number {
  return Math.min(5000, Math.max(1000, total * 5));
}

const runningStatuses = new Set<Batch['status']>(['queued', 'processing']);

export function isBatchRunning(batch: Pick<Batch, 'status'>): boolean {
  return runningStatuses.has(batch.status);
}

export function useUploadCvs(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (files: readonly File[]) => uploadCvs(api, jobId, files),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hiringKeys.jobBatches(jobId) }),
  });
}

/** One page of the job's CV uploads, newest first. */
export function useJobBatches(jobId: string, page: PageNumber) {
  return useQuery({ queryKey: hiringKeys.batches(jobId, page), queryFn: () => findJobBatches(api, jobId, page), placeholderData: keepPreviousData });
}

/** A batch's progress, asked for again (batchPollMs) until every file is finished. */
export function useBatch(batchId: string | undefined) {
  return useQuery({
    queryKey: hiringKeys.batch(batchId ?? ''),
    queryFn: () => getBatch(api, batchId!),
    enabled: Boolean(batchId),
    refetchInterval: ({ state: { data } }) => (data && !isBatchRunning(data) ? false : batchPollMs(data?.total ?? 0)),
  });
}
