import { outcomeSchema, type Interview, type InterviewQuestion, type InterviewSummary, type Panelist } from '#shared/contracts/interviews.ts';
import { titleOf } from './invite-mails.ts';
import type { InterviewRow, PanelRow } from './scheduling.repo.ts';
import { localTimeOf } from './wall-clock.ts';

export function questionsOf(row: InterviewRow): InterviewQuestion[] {
  return (row.generatedQuestions as InterviewQuestion[]).map((question) => ({ id: question.id, text: question.text, asked: question.asked === true }));
}

export function toPanelist(row: PanelRow): Panelist {
  return { email: row.email, name: row.name, role: row.role, rsvp: row.rsvp, userId: row.userId, timeZone: row.timeZone };
}

export function toInterview(row: InterviewRow, panel: readonly PanelRow[]): Interview {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    status: row.status,
    title: titleOf(row),
    interviewType: row.interviewType,
    candidateName: row.candidateName,
    candidateEmail: row.candidateEmail,
    candidateRsvp: row.candidateRsvp,
    candidateId: row.candidateId,
    jobId: row.jobId,
    jobTitle: row.jobTitle,
    startsAt: row.scheduledTime.toISOString(),
    localStartsAt: localTimeOf(row.scheduledTime, row.timeZone),
    timeZone: row.timeZone,
    durationMinutes: row.durationMinutes,
    location: row.location,
    meetingLink: row.meetingLink,
    panel: panel.map(toPanelist),
    questions: questionsOf(row),
    notes: row.notes,
    calendarSequence: row.calendarSequence,
    cancelReason: row.cancelReason,
    outcome: outcomeSchema.safeParse(row.outcome).data ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toSummary(row: InterviewRow): InterviewSummary {
  return {
    id: row.id,
    status: row.status,
    title: titleOf(row),
    candidateName: row.candidateName,
    jobTitle: row.jobTitle,
    startsAt: row.scheduledTime.toISOString(),
    timeZone: row.timeZone,
    durationMinutes: row.durationMinutes,
    candidateRsvp: row.candidateRsvp,
  };
}
