import { pageParams, type PageNumber } from '#shared/contracts/common.ts';
import {
  applicationListSchema,
  bulkStageResultSchema,
  jobStagesSchema,
  noteListSchema,
  noteSchema,
  personPageSchema,
  type Application,
  type BulkStageBody,
  type BulkStageResult,
  type JobStages,
  type Note,
  type NoteList,
  type PersonPage,
  type RenameStagesBody,
} from '#shared/contracts/hiring-team.ts';
import type { ApiClient } from '#web/app/api-client.ts';

/** The hiring team's API (decision 047): a job's stages and bulk moves, notes on a candidate, one person across jobs. */

const jobPath = (jobId: string) => `/api/jobs/${encodeURIComponent(jobId)}`;
const candidatePath = (candidateId: string) => `/api/candidates/${encodeURIComponent(candidateId)}`;

export function getJobStages(client: ApiClient, jobId: string): Promise<JobStages> {
  return client.get(`${jobPath(jobId)}/stages`, { schema: jobStagesSchema });
}

export function renameJobStages(client: ApiClient, jobId: string, body: RenameStagesBody): Promise<JobStages> {
  return client.put(`${jobPath(jobId)}/stages`, body, { schema: jobStagesSchema });
}

export function moveCandidatesToStage(client: ApiClient, jobId: string, body: BulkStageBody): Promise<BulkStageResult> {
  return client.post(`${jobPath(jobId)}/candidates/stage`, body, { schema: bulkStageResultSchema });
}

export function listNotes(client: ApiClient, candidateId: string): Promise<NoteList> {
  return client.get(`${candidatePath(candidateId)}/notes`, { schema: noteListSchema });
}

export function addNote(client: ApiClient, candidateId: string, body: string): Promise<Note> {
  return client.post(`${candidatePath(candidateId)}/notes`, { body }, { schema: noteSchema });
}

export function editNote(client: ApiClient, note: { candidateId: string; id: string }, body: string): Promise<Note> {
  return client.patch(`${candidatePath(note.candidateId)}/notes/${encodeURIComponent(note.id)}`, { body }, { schema: noteSchema });
}

export function deleteNote(client: ApiClient, note: { candidateId: string; id: string }): Promise<void> {
  return client.delete(`${candidatePath(note.candidateId)}/notes/${encodeURIComponent(note.id)}`);
}

export function listOtherApplications(client: ApiClient, candidateId: string): Promise<Application[]> {
  return client.get(`${candidatePath(candidateId)}/applications`, { schema: applicationListSchema }).then((list) => list.items);
}

export function searchPeople(client: ApiClient, workspaceId: string, q: string, page: PageNumber): Promise<PersonPage> {
  const query = pageParams(page);
  query.set('q', q);
  return client.get(`/api/workspaces/${encodeURIComponent(workspaceId)}/people?${query.toString()}`, { schema: personPageSchema });
}
