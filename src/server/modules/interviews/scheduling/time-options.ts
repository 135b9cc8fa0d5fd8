import { authorize, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { ConflictsQuery, OfferSlotsBody, PanelConflicts, TimeOption, TimeOptionInput, TimeOptions } from '#shared/contracts/interviews.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { requireOpen } from './change-interview.ts';
import { findInterview, findPanelConflicts, lockInterview, type InterviewRow } from './scheduling.repo.ts';
import { findTimeOptions, replaceTimeOptions, type TimeOptionRow } from './time-options.repo.ts';
import { canonicalZone, localTimeOf, toInstant } from './wall-clock.ts';

/** Wall-clock times in their zones as instants, validated like a booking; errors name `<field>.<index>.startsAt`. */
export function toFutureInstants(field: string, inputs: readonly TimeOptionInput[], now: Date): { startsAt: Date; timeZone: string }[] {
  return inputs.map((input, index) => {
    const timeZone = canonicalZone(input.timeZone, `${field}.${index}.timeZone`);
    const startsAt = toInstant(input.startsAt, timeZone, `${field}.${index}.startsAt`);
    if (startsAt.getTime() <= now.getTime()) throw new AppError('bad_request', `${field}.${index}.startsAt: ${startsAt.toISOString()} is in the past.`);
    return { startsAt, timeZone };
  });
}

function toOption(row: TimeOptionRow): TimeOption {
  return { id: row.id, startsAt: row.startsAt.toISOString(), timeZone: row.timeZone, localStartsAt: localTimeOf(row.startsAt, row.timeZone) };
}

export async function timeOptionsOf(deps: InterviewsDeps, row: InterviewRow): Promise<TimeOptions> {
  const options = await findTimeOptions(deps.db, row.id);
  return {
    candidateRsvp: row.candidateRsvp,
    candidateAnsweredAt: row.candidateAnsweredAt?.toISOString() ?? null,
    proposals: options.filter((option) => option.source === 'candidate').map(toOption),
    offers: options.filter((option) => option.source === 'recruiter').map(toOption),
  };
}

/** The candidate's answer, the times they proposed and the slots offered to them (any member). */
export async function listTimeOptions(deps: InterviewsDeps, caller: Caller, interviewId: string): Promise<TimeOptions> {
  await authorize(deps.db, caller, { kind: 'interview', id: interviewId }, 'read');
  const row = await findInterview(deps.db, interviewId);
  if (!row) throw new AppError('not_found', 'Interview not found.');
  return timeOptionsOf(deps, row);
}

/** Offers the candidate 2–5 slots to pick from (replacing an earlier offer); picking one reschedules the interview. */
export async function offerSlots(deps: InterviewsDeps, caller: Caller, interviewId: string, body: OfferSlotsBody): Promise<TimeOptions> {
  await authorize(deps.db, caller, { kind: 'interview', id: interviewId }, 'write');
  const slots = toFutureInstants('slots', body.slots, deps.now());
  const distinct = new Set(slots.map((slot) => slot.startsAt.getTime()));
  if (distinct.size !== slots.length) throw new AppError('bad_request', 'slots: two of the slots are the same time.');
  const row = await deps.db.transaction(async (tx) => {
    const current = requireOpen(await lockInterview(tx, interviewId));
    await replaceTimeOptions(tx, interviewId, 'recruiter', slots);
    return current;
  });
  return timeOptionsOf(deps, row);
}

/** Which of these people already sit on another open interview's panel at that time (asked before saving). */
export async function findConflicts(deps: InterviewsDeps, caller: Caller, workspaceId: string, query: ConflictsQuery): Promise<PanelConflicts> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'read');
  const timeZone = canonicalZone(query.timeZone);
  const start = toInstant(query.startsAt, timeZone);
  const end = new Date(start.getTime() + query.durationMinutes * 60_000);
  const emails = query.emails.split(',').map((item) => item.trim().toLowerCase()).filter(Boolean);
  const rows = await findPanelConflicts(deps.db, { workspaceId, emails, start, end, ...(query.excludeId ? { excludeId: query.excludeId } : {}) });
  return { conflicts: rows.map((row) => ({ email: row.email, interviewId: row.interviewId, candidateName: row.candidateName, startsAt: row.startsAt.toISOString() })) };
}
