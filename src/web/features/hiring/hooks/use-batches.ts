import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageNumber } from '#shared/contracts/common.ts';
import type { Batch } from '#shared/contracts/hiring.ts';
import { api } from '#web/app/api-client.ts';
import { findJobBatches, getBatch, uploadCvs } from '#web/features/hiring/api/batches-api.ts';
import { hiringKeys } from './hiring-keys.ts';

const pollMs = 1000;
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

/** A batch's progress, asked for again every second until every file is finished. */
export function useBatch(batchId: string | undefined) {
  return useQuery({
    queryKey: hiringKeys.batch(batchId ?? ''),
    queryFn: () => getBatch(api, batchId!),
    enabled: Boolean(batchId),
    refetchInterval: (query) => (query.state.data && !isBatchRunning(query.state.data) ? false : pollMs),
  });
}
