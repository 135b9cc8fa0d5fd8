import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageNumber } from '#shared/contracts/common.ts';
import type { BulkStageBody, RenameStagesBody } from '#shared/contracts/hiring-team.ts';
import { stageNamesOf } from '#shared/hiring/stages.ts';
import { api } from '#web/app/api-client.ts';
import { addNote, deleteNote, editNote, getJobStages, listNotes, listOtherApplications, moveCandidatesToStage, renameJobStages, searchPeople } from '#web/features/hiring/api/team-api.ts';
import { hiringKeys } from './hiring-keys.ts';

const teamKeys = {
  stages: (jobId: string) => ['hiring', 'stages', jobId] as const,
  notes: (candidateId: string) => ['hiring', 'notes', candidateId] as const,
  applications: (candidateId: string) => ['hiring', 'applications', candidateId] as const,
  people: (workspaceId: string, q: string, page: PageNumber) => ['hiring', 'people', workspaceId, q, page] as const,
};

/** The job's stages in order with its names for them; the default names until they arrive. */
export function useJobStages(jobId: string | undefined) {
  const query = useQuery({ queryKey: teamKeys.stages(jobId ?? ''), queryFn: () => getJobStages(api, jobId!), enabled: Boolean(jobId) });
  return { ...query, stages: query.data?.stages ?? stageNamesOf({}) };
}

export function useRenameStages(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RenameStagesBody) => renameJobStages(api, jobId, body),
    onSuccess: (stages) => queryClient.setQueryData(teamKeys.stages(jobId), stages),
  });
}

/** Moves candidates of the job to a stage; every view of candidates is fetched again (a move may reveal a blind one). */
export function useMoveCandidates(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkStageBody) => moveCandidatesToStage(api, jobId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'hiring' && ['candidates', 'candidate', 'compare', 'applications', 'people'].includes(String(query.queryKey[1])) });
      await queryClient.invalidateQueries({ queryKey: hiringKeys.jobCandidates(jobId) });
    },
  });
}

export function useNotes(candidateId: string) {
  return useQuery({ queryKey: teamKeys.notes(candidateId), queryFn: () => listNotes(api, candidateId) });
}

export function useNoteChanges(candidateId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: teamKeys.notes(candidateId) });
  return {
    add: useMutation({ mutationFn: (body: string) => addNote(api, candidateId, body), onSuccess: refresh }),
    edit: useMutation({ mutationFn: ({ noteId, body }: { noteId: string; body: string }) => editNote(api, { candidateId, id: noteId }, body), onSuccess: refresh }),
    remove: useMutation({ mutationFn: (noteId: string) => deleteNote(api, { candidateId, id: noteId }), onSuccess: refresh }),
  };
}

export function useOtherApplications(candidateId: string) {
  return useQuery({ queryKey: teamKeys.applications(candidateId), queryFn: () => listOtherApplications(api, candidateId) });
}

export function usePeople(workspaceId: string | undefined, q: string, page: PageNumber) {
  return useQuery({
    queryKey: teamKeys.people(workspaceId ?? '', q, page),
    queryFn: () => searchPeople(api, workspaceId!, q, page),
    enabled: Boolean(workspaceId) && q.length > 0,
    placeholderData: keepPreviousData,
  });
}
