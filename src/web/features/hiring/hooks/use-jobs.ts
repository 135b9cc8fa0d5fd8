import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { CreateJobBody, Job, Rescore, UpdateJobBody } from '#shared/contracts/hiring.ts';
import { api } from '#web/app/api-client.ts';
import { createJob, deleteJob, draftJob, findJobs, getJob, rescoreJob, updateJob, type JobFilter } from '#web/features/hiring/api/jobs-api.ts';
import { hiringKeys, resetCandidateViews } from './hiring-keys.ts';

export function useJobs(workspaceId: string | undefined, filter: JobFilter) {
  return useQuery({
    queryKey: hiringKeys.jobs(workspaceId ?? '', filter),
    queryFn: ({ signal }) => findJobs(api, workspaceId!, filter, signal),
    enabled: Boolean(workspaceId),
    placeholderData: keepPreviousData,
  });
}

const rescorePollMs = 1000;

export function isRescoreRunning(rescore: Pick<Rescore, 'status'> | null | undefined): boolean {
  return rescore?.status === 'queued' || rescore?.status === 'running';
}

/** The job, asked for again every second while its candidates are being re-scored (the progress the page shows). */
export function useJob(jobId: string | undefined) {
  return useQuery({
    queryKey: hiringKeys.job(jobId ?? ''),
    queryFn: () => getJob(api, jobId!),
    enabled: Boolean(jobId),
    refetchInterval: (query) => (isRescoreRunning(query.state.data?.rescore) ? rescorePollMs : false),
  });
}

/** When a rescore this page watched finishes, the ranking and every candidate view are read again. */
export function useRefreshWhenRescored(job: Job | undefined) {
  const queryClient = useQueryClient();
  const wasRunning = useRef(false);
  const running = isRescoreRunning(job?.rescore);
  useEffect(() => {
    if (wasRunning.current && !running) void resetCandidateViews(queryClient);
    wasRunning.current = running;
  }, [running, queryClient]);
}

/** Queues the rescore again (after one failed); the job then polls its progress. */
export function useRescoreJob(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => rescoreJob(api, jobId),
    onSuccess: (rescore) => queryClient.setQueryData<Job>(hiringKeys.job(jobId), (job) => (job ? { ...job, rescore } : job)),
  });
}

export function useCreateJob(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateJobBody) => createJob(api, workspaceId, body),
    onSuccess: async (job) => {
      queryClient.setQueryData(hiringKeys.job(job.id), job);
      await queryClient.invalidateQueries({ queryKey: hiringKeys.allJobs });
    },
  });
}

export function useDraftJob(workspaceId: string) {
  return useMutation({ mutationFn: (body: { title: string; bullets: string[] }) => draftJob(api, workspaceId, body) });
}

/** Saving requirements queues a rescore on the server (the job then polls it), and blind screening changes what candidates show. */
export function useUpdateJob(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateJobBody) => updateJob(api, jobId, body),
    onSuccess: async (job) => {
      queryClient.setQueryData(hiringKeys.job(job.id), job);
      await resetCandidateViews(queryClient);
      await queryClient.invalidateQueries({ queryKey: hiringKeys.allJobs });
    },
  });
}

export function useDeleteJob(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteJob(api, jobId),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: hiringKeys.job(jobId) });
      await queryClient.invalidateQueries({ queryKey: hiringKeys.allJobs });
    },
  });
}
