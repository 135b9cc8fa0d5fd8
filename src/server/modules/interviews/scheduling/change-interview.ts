import { authorize, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { CancelBody, Interview, RescheduleBody, UpdatePanelBody } from '#shared/contracts/interviews.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { toInterview } from './interview-views.ts';
import { planReminders } from './plan-reminders.ts';
import { reminderSettingsOf } from './reminder-settings.ts';
import { scheduleReminderJobs } from './reminders.ts';
import { resolvePanel } from './resolve-panel.ts';
import { sendRemoval, sendToEveryone } from './send-invites.ts';
import {
  deletePanelists,
  deletePendingReminders,
  findPanel,
  findPanelConflicts,
  findUserContact,
  insertPanelists,
  insertReminders,
  lockInterview,
  updateInterview,
  type InterviewRow,
  type PanelRow,
} from './scheduling.repo.ts';
import { clearTimeOptions, findTimeOption } from './time-options.repo.ts';
import { canonicalZone, toInstant } from './wall-clock.ts';

const closed = new Set(['cancelled', 'completed', 'no_show']);

/** The interview, unless it is gone (404) or over: cancelled, completed or a no-show (409). */
export function requireOpen(row: InterviewRow | undefined): InterviewRow {
  if (!row) throw new AppError('not_found', 'Interview not found.');
  if (closed.has(row.status)) throw new AppError('conflict', `The interview is ${row.status.replace('_', '-')}; book a new one instead.`);
  return row;
}

/** Rewrites the pending reminders of the schedule as it now stands (in the transaction of the change). */
async function rewriteReminders(deps: InterviewsDeps, tx: InterviewsDeps['db'], row: InterviewRow, panel: readonly PanelRow[]) {
  await deletePendingReminders(tx, row.id);
  const settings = await reminderSettingsOf(deps, tx, row.workspaceId);
  const reminders = planReminders({
    startsAt: row.scheduledTime,
    durationMinutes: row.durationMinutes,
    now: deps.now(),
    offsetsMinutes: settings.reminderOffsetsMinutes,
    scorecardReminderHours: settings.scorecardReminderHours,
    title: row.jobTitle ? `Interview: ${row.candidateName} — ${row.jobTitle}` : `Interview: ${row.candidateName}`,
    recipients: [{ email: row.candidateEmail, userId: null }, ...panel.map((p) => ({ email: p.email, userId: p.userId, panelist: true }))],
  });
  await scheduleReminderJobs(deps, tx, await insertReminders(tx, row.id, row.calendarSequence, reminders));
}

/** Moves the interview: same UID, SEQUENCE + 1, reminders rewritten in the same transaction, everyone told in their zone. */
export async function rescheduleInterview(deps: InterviewsDeps, caller: Caller, interviewId: string, body: RescheduleBody): Promise<Interview & { warnings: string[] }> {
  await authorize(deps.db, caller, { kind: 'interview', id: interviewId }, 'write');
  const timeZone = canonicalZone(body.timeZone);
  const startsAt = toInstant(body.startsAt, timeZone);
  return moveInterview(deps, interviewId, { startsAt, timeZone, ...(body.durationMinutes ? { durationMinutes: body.durationMinutes } : {}), reason: body.reason ?? null }, caller.userId);
}

export type Move = {
  startsAt: Date;
  timeZone: string;
  durationMinutes?: number;
  reason: string | null;
  /** Set when the candidate picked the time: their answer is then already given. */
  pickedByCandidate?: Date;
  /** The offered slot picked: it must still be on offer once the interview is locked (a second pick finds it gone: 409). */
  offeredSlotId?: string;
};

/**
 * The reschedule itself, for a use case that has checked who may move the interview (a recruiter, or the candidate
 * picking an offered slot): same UID, SEQUENCE + 1, proposals and offers settled, reminders rewritten in the same
 * transaction, then everyone mailed in their zone.
 */
export async function moveInterview(deps: InterviewsDeps, interviewId: string, move: Move, organizerUserId: string | null): Promise<Interview & { warnings: string[] }> {
  if (move.startsAt.getTime() <= deps.now().getTime()) throw new AppError('bad_request', `startsAt: ${move.startsAt.toISOString()} is in the past.`);
  const { row, previous, panel } = await deps.db.transaction(async (tx) => {
    const current = requireOpen(await lockInterview(tx, interviewId));
    if (move.offeredSlotId && !(await findTimeOption(tx, { interviewId, optionId: move.offeredSlotId, source: 'recruiter' }))) {
      throw new AppError('conflict', 'That slot is no longer on offer: a time was picked or set meanwhile. Reload to see the interview as it is now.');
    }
    const updated = await updateInterview(tx, interviewId, {
      scheduledTime: move.startsAt,
      timeZone: move.timeZone,
      ...(move.durationMinutes ? { durationMinutes: move.durationMinutes } : {}),
      ...(move.pickedByCandidate ? { status: 'confirmed', candidateRsvp: 'accepted', candidateAnsweredAt: move.pickedByCandidate } : { status: 'rescheduled', candidateRsvp: 'needs_action' }),
      bumpSequence: true,
    });
    await clearTimeOptions(tx, interviewId);
    const members = await findPanel(tx, interviewId);
    await rewriteReminders(deps, tx, updated, members);
    return { row: updated, previous: current.scheduledTime, panel: members };
  });
  const end = new Date(row.scheduledTime.getTime() + row.durationMinutes * 60_000);
  const conflicts = await findPanelConflicts(deps.db, { workspaceId: row.workspaceId, emails: panel.map((p) => p.email), start: row.scheduledTime, end, excludeId: row.id });
  const organizer = organizerUserId ? await findUserContact(deps.db, organizerUserId) : undefined;
  await sendToEveryone(deps, { interview: row, panel, organizer }, { kind: 'update', previous, reason: move.reason });
  return { ...toInterview(row, panel), warnings: conflicts.map((c) => `${c.email} is already on the panel of the interview with ${c.candidateName} at ${c.startsAt.toISOString()}.`) };
}

/** Cancels: METHOD:CANCEL to everyone (SEQUENCE + 1), pending reminders removed in the same transaction. */
export async function cancelInterview(deps: InterviewsDeps, caller: Caller, interviewId: string, body: CancelBody): Promise<Interview> {
  await authorize(deps.db, caller, { kind: 'interview', id: interviewId }, 'write');
  const { row, panel } = await deps.db.transaction(async (tx) => {
    requireOpen(await lockInterview(tx, interviewId));
    const updated = await updateInterview(tx, interviewId, { status: 'cancelled', cancelReason: body.reason ?? null, bumpSequence: true });
    await deletePendingReminders(tx, interviewId);
    return { row: updated, panel: await findPanel(tx, interviewId) };
  });
  await sendToEveryone(deps, { interview: row, panel, organizer: await findUserContact(deps.db, caller.userId) }, { kind: 'cancel', reason: body.reason ?? null });
  return toInterview(row, panel);
}

/**
 * Replaces the panel: a removed panelist gets a CANCEL naming only them, everyone who stays (and the candidate) an
 * update with the new attendee list and SEQUENCE + 1, a new panelist a fresh invitation.
 */
export async function updatePanel(deps: InterviewsDeps, caller: Caller, interviewId: string, body: UpdatePanelBody): Promise<Interview> {
  await authorize(deps.db, caller, { kind: 'interview', id: interviewId }, 'write');
  const { row, panel, removed } = await deps.db.transaction(async (tx) => {
    const current = requireOpen(await lockInterview(tx, interviewId));
    const wanted = await resolvePanel(tx, current.workspaceId, body.panel, current.candidateEmail);
    const before = await findPanel(tx, interviewId);
    const wantedEmails = new Set(wanted.map((p) => p.email));
    const gone = before.filter((p) => !wantedEmails.has(p.email));
    const added = wanted.filter((p) => !before.some((b) => b.email === p.email));
    await deletePanelists(tx, interviewId, gone.map((p) => p.email));
    await insertPanelists(tx, interviewId, added);
    const updated = await updateInterview(tx, interviewId, { bumpSequence: true });
    const members = await findPanel(tx, interviewId);
    await rewriteReminders(deps, tx, updated, members);
    return { row: updated, panel: members, removed: gone };
  });
  const audience = { interview: row, panel, organizer: await findUserContact(deps.db, caller.userId) };
  await sendRemoval(deps, audience, removed);
  await sendToEveryone(deps, audience, { kind: 'invite' });
  return toInterview(row, panel);
}
