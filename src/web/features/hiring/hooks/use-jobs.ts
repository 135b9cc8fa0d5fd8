import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateJobBody, UpdateJobBody } from '#shared/contracts/hiring.ts';
import { api } from '#web/app/api-client.ts';
import { createJob, deleteJob, draftJob, findJobs, getJob, updateJob, type JobFilter } from '#web/features/hiring/api/jobs-api.ts';
import { hiringKeys, resetCandidateViews } from './hiring-keys.ts';

export function useJobs(workspaceId: string | undefined, filter: JobFilter) {
  return useQuery({
    queryKey: hiringKeys.jobs(workspaceId ?? '', filter),
    queryFn: ({ signal }) => findJobs(api, workspaceId!, filter, signal),
    enabled: Boolean(workspaceId),
    placeholderData: keepPreviousData,
  });
}

export function useJob(jobId: string | undefined) {
  return useQuery({ queryKey: hiringKeys.job(jobId ?? ''), queryFn: () => getJob(api, jobId!), enabled: Boolean(jobId) });
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

/** Saving requirements re-scores the candidates on the server, and blind screening changes what they show. */
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
