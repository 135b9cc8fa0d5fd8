import { authorize, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { toPage } from '#shared/contracts/common.ts';
import type { Interview, InterviewPage, ListInterviewsQuery } from '#shared/contracts/interviews.ts';
import type { RsvpState } from '#shared/vocabulary.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { toInterview, toSummary } from './interview-views.ts';
import { currentInvite } from './invite-mails.ts';
import { findInterview, findInterviewPage, findPanel, findUserContact, setPanelistRsvp } from './scheduling.repo.ts';

export async function getInterview(deps: InterviewsDeps, caller: Caller, interviewId: string): Promise<Interview> {
  await authorize(deps.db, caller, { kind: 'interview', id: interviewId }, 'read');
  const row = await findInterview(deps.db, interviewId);
  if (!row) throw new AppError('not_found', 'Interview not found.');
  return toInterview(row, await findPanel(deps.db, interviewId));
}

/** The workspace's interviews by start time, or with `mine`, only those where the caller sits on the panel. */
export async function listInterviews(deps: InterviewsDeps, caller: Caller, workspaceId: string, query: ListInterviewsQuery & { mine?: boolean }): Promise<InterviewPage> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'read');
  const { rows, total } = await findInterviewPage(deps.db, {
    workspaceId,
    ...(query.from ? { from: new Date(query.from) } : {}),
    ...(query.to ? { to: new Date(query.to) } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.jobId ? { jobId: query.jobId } : {}),
    ...(query.mine ? { panelUserId: caller.userId } : query.interviewerId ? { panelUserId: query.interviewerId } : {}),
    limit: query.limit,
    offset: query.offset,
  });
  return toPage(rows.map(toSummary), total, query);
}

/** The invitation as it stands: METHOD:REQUEST with the current SEQUENCE, or METHOD:CANCEL once cancelled. */
export async function downloadInvite(deps: InterviewsDeps, caller: Caller, interviewId: string): Promise<string> {
  await authorize(deps.db, caller, { kind: 'interview', id: interviewId }, 'read');
  const row = await findInterview(deps.db, interviewId);
  if (!row) throw new AppError('not_found', 'Interview not found.');
  const organizer = (row.scheduledBy ? await findUserContact(deps.db, row.scheduledBy) : undefined) ?? { name: 'Parley', email: 'noreply@parley.invalid' };
  return currentInvite({ interview: row, panel: await findPanel(deps.db, interviewId), organizer, stamp: row.updatedAt });
}

/** A panelist with an account answers the invitation. */
export async function answerAsPanelist(deps: InterviewsDeps, caller: Caller, interviewId: string, rsvp: RsvpState): Promise<Interview> {
  await authorize(deps.db, caller, { kind: 'interview', id: interviewId }, 'read');
  const updated = await setPanelistRsvp(deps.db, { interviewId, userId: caller.userId }, rsvp);
  if (updated.length === 0) throw new AppError('forbidden', 'You are not on the panel of this interview.');
  return getInterview(deps, caller, interviewId);
}
