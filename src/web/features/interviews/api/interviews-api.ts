import { z } from 'zod';
import { pageParams, type PageNumber } from '#shared/contracts/common.ts';
import { interviewSettingsSchema, type InterviewSettings, type InterviewSettingsBody } from '#shared/contracts/interview-settings.ts';
import {
  bookedInterviewSchema,
  candidateViewSchema,
  draftedQuestionsSchema,
  interviewPageSchema,
  interviewSchema,
  panelConflictsSchema,
  roleLinkSchema,
  timeOptionsSchema,
  type BookedInterview,
  type BookInterviewBody,
  type CandidateAnswerBody,
  type CandidateView,
  type Interview,
  type InterviewPage,
  type PanelConflicts,
  type RescheduleBody,
  type TimeOptionInput,
  type TimeOptions,
  type UpdatePanelBody,
} from '#shared/contracts/interviews.ts';
import type { LiveTokenRole, RsvpState, ScheduledInterviewStatus } from '#shared/vocabulary.ts';
import type { ApiClient } from '#web/app/api-client.ts';

const workspaceInterviews = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}/interviews`;
const interviewPath = (interviewId: string) => `/api/interviews/${encodeURIComponent(interviewId)}`;

export type InterviewFilter = { mine: boolean; status?: ScheduledInterviewStatus; jobId?: string; interviewerId?: string; from?: string; to?: string };

export function findInterviews(client: ApiClient, workspaceId: string, filter: InterviewFilter, page: PageNumber): Promise<InterviewPage> {
  const query = pageParams(page);
  for (const key of ['status', 'jobId', 'interviewerId', 'from', 'to'] as const) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  return client.get(`${workspaceInterviews(workspaceId)}${filter.mine ? '/mine' : ''}?${query.toString()}`, { schema: interviewPageSchema });
}

export function getInterview(client: ApiClient, interviewId: string): Promise<Interview> {
  return client.get(interviewPath(interviewId), { schema: interviewSchema });
}

export function bookInterview(client: ApiClient, workspaceId: string, body: BookInterviewBody): Promise<BookedInterview> {
  return client.post(workspaceInterviews(workspaceId), body, { schema: bookedInterviewSchema });
}

export function draftQuestions(client: ApiClient, workspaceId: string, body: { jobId?: string; candidateId?: string }): Promise<string[]> {
  return client.post(`${workspaceInterviews(workspaceId)}/questions`, body, { schema: draftedQuestionsSchema }).then((drafted) => drafted.questions);
}

export function findConflicts(client: ApiClient, workspaceId: string, query: { emails: string[]; startsAt: string; timeZone: string; durationMinutes: number; excludeId?: string }): Promise<PanelConflicts> {
  const params = new URLSearchParams({ emails: query.emails.join(','), startsAt: query.startsAt, timeZone: query.timeZone, durationMinutes: String(query.durationMinutes) });
  if (query.excludeId) params.set('excludeId', query.excludeId);
  return client.get(`${workspaceInterviews(workspaceId)}/conflicts?${params.toString()}`, { schema: panelConflictsSchema });
}

const rescheduledSchema = interviewSchema.extend({ warnings: z.array(z.string()) });

/** The interview as moved, with warnings (a panelist already booked at the new time). */
export function rescheduleInterview(client: ApiClient, interviewId: string, body: RescheduleBody): Promise<z.infer<typeof rescheduledSchema>> {
  return client.patch(interviewPath(interviewId), body, { schema: rescheduledSchema });
}

export function cancelInterview(client: ApiClient, interviewId: string, reason: string): Promise<Interview> {
  return client.post(`${interviewPath(interviewId)}/cancel`, reason ? { reason } : {}, { schema: interviewSchema });
}

export function updatePanel(client: ApiClient, interviewId: string, body: UpdatePanelBody): Promise<Interview> {
  return client.put(`${interviewPath(interviewId)}/panel`, body, { schema: interviewSchema });
}

export function answerAsPanelist(client: ApiClient, interviewId: string, rsvp: RsvpState): Promise<Interview> {
  return client.post(`${interviewPath(interviewId)}/rsvp`, { rsvp }, { schema: interviewSchema });
}

export function revokeLink(client: ApiClient, interviewId: string, role: LiveTokenRole): Promise<void> {
  return client.post(`${interviewPath(interviewId)}/links/${role}/revoke`);
}

export function reissueLink(client: ApiClient, interviewId: string, role: LiveTokenRole): Promise<string> {
  return client.post(`${interviewPath(interviewId)}/links/${role}`, undefined, { schema: roleLinkSchema }).then((link) => link.url);
}

export function inviteUrl(interviewId: string): string {
  return `${interviewPath(interviewId)}/invite.ics`;
}

export function getTimeOptions(client: ApiClient, interviewId: string): Promise<TimeOptions> {
  return client.get(`${interviewPath(interviewId)}/time-options`, { schema: timeOptionsSchema });
}

export function offerSlots(client: ApiClient, interviewId: string, slots: TimeOptionInput[]): Promise<TimeOptions> {
  return client.post(`${interviewPath(interviewId)}/offers`, { slots }, { schema: timeOptionsSchema });
}

// What the candidate's link opens (the room cookie authorises these)

export function getCandidateView(client: ApiClient, interviewId: string): Promise<CandidateView> {
  return client.get(`${interviewPath(interviewId)}/candidate`, { schema: candidateViewSchema });
}

export function answerAsCandidate(client: ApiClient, interviewId: string, body: CandidateAnswerBody): Promise<CandidateView> {
  return client.post(`${interviewPath(interviewId)}/candidate/answer`, body, { schema: candidateViewSchema });
}

export function pickSlot(client: ApiClient, interviewId: string, slotId: string): Promise<CandidateView> {
  return client.post(`${interviewPath(interviewId)}/candidate/pick`, { slotId }, { schema: candidateViewSchema });
}

export function findInterviewSettings(client: ApiClient, workspaceId: string): Promise<InterviewSettings> {
  return client.get(`/api/workspaces/${encodeURIComponent(workspaceId)}/interview-settings`, { schema: interviewSettingsSchema });
}

export function changeInterviewSettings(client: ApiClient, workspaceId: string, body: InterviewSettingsBody): Promise<InterviewSettings> {
  return client.patch(`/api/workspaces/${encodeURIComponent(workspaceId)}/interview-settings`, body, { schema: interviewSettingsSchema });
}
