import { notify } from '#server/modules/notifications/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { CandidateAnswerBody, CandidateView } from '#shared/contracts/interviews.ts';
import type { RsvpState } from '#shared/vocabulary.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { validLink } from '#server/modules/interviews/room/room.service.ts';
import { moveInterview, requireOpen } from './change-interview.ts';
import { titleOf } from './invite-mails.ts';
import { findInterview, findUserContact, lockInterview, type InterviewRow } from './scheduling.repo.ts';
import { timeOptionsOf, toFutureInstants } from './time-options.ts';
import { findLeadName, findTimeOption, findTimeOptions, replaceTimeOptions, setCandidateAnswer } from './time-options.repo.ts';
import { describeInZone, localTimeOf } from './wall-clock.ts';

/** Who asks on a candidate route: the room link held in the cookie, or only a signed-in session (never the candidate). */
export type CandidateCredential = { token: string } | { signedIn: true } | undefined;

/** The candidate link of this interview, or 401 (no or dead link), 403 (a host link or a member), 404 (another interview). */
async function requireCandidate(deps: InterviewsDeps, credential: CandidateCredential, interviewId: string): Promise<void> {
  if (!credential) throw new AppError('unauthenticated', 'Open your interview link from the invitation to answer it.');
  if (!('token' in credential)) throw new AppError('forbidden', "Only the candidate's link can answer for the candidate.");
  const link = await validLink(deps, credential.token);
  if (!link) throw new AppError('unauthenticated', 'This interview link is not valid: it may have expired or been replaced. Ask the recruiter for a new one.');
  if (link.interviewId !== interviewId) throw new AppError('not_found', 'Interview not found.');
  if (link.role !== 'candidate') throw new AppError('forbidden', "The host link cannot answer for the candidate.");
}

async function viewOf(deps: InterviewsDeps, row: InterviewRow): Promise<CandidateView> {
  const zone = row.candidateTimeZone ?? row.timeZone;
  const organizer = row.scheduledBy ? await findUserContact(deps.db, row.scheduledBy) : undefined;
  return {
    interviewId: row.id,
    title: titleOf(row),
    status: row.status,
    otherParty: (await findLeadName(deps.db, row.id)) ?? organizer?.name ?? 'The hiring team',
    startsAt: row.scheduledTime.toISOString(),
    timeZone: zone,
    localStartsAt: localTimeOf(row.scheduledTime, zone),
    durationMinutes: row.durationMinutes,
    location: row.location,
    meetingLink: row.meetingLink,
    ...(await timeOptionsOf(deps, row)),
  };
}

export async function getCandidateView(deps: InterviewsDeps, credential: CandidateCredential, interviewId: string): Promise<CandidateView> {
  await requireCandidate(deps, credential, interviewId);
  const row = await findInterview(deps.db, interviewId);
  if (!row) throw new AppError('not_found', 'Interview not found.');
  return viewOf(deps, row);
}

const answerRsvp: Record<CandidateAnswerBody['answer'], RsvpState> = { confirm: 'accepted', decline: 'declined', propose: 'tentative' };

/** Tells the organiser (in the transaction of the answer, so only an answer that commits is announced). */
async function tellOrganizer(deps: InterviewsDeps, tx: InterviewsDeps['db'], row: InterviewRow, what: string) {
  if (!row.scheduledBy) return;
  const at = deps.now();
  await notify(tx, row.scheduledBy, {
    type: 'interview_rsvp',
    eventKey: `interview:${row.id}:candidate-answer:${at.getTime()}`,
    title: `${row.candidateName} ${what}`,
    message: titleOf(row),
    link: `/interviews/${row.id}`,
  });
}

/** The candidate confirms, declines, or asks for another time with up to three proposals (each validated like a booking). */
export async function answerAsCandidate(deps: InterviewsDeps, credential: CandidateCredential, interviewId: string, body: CandidateAnswerBody): Promise<CandidateView> {
  await requireCandidate(deps, credential, interviewId);
  const now = deps.now();
  const proposals = body.answer === 'propose' ? toFutureInstants('proposals', body.proposals ?? [], now) : [];
  const row = await deps.db.transaction(async (tx) => {
    requireOpen(await lockInterview(tx, interviewId));
    const updated = await setCandidateAnswer(tx, interviewId, { rsvp: answerRsvp[body.answer], at: now, ...(body.answer === 'confirm' ? { status: 'confirmed' as const } : {}) });
    if (body.answer === 'propose') await replaceTimeOptions(tx, interviewId, 'candidate', proposals);
    else await replaceTimeOptions(tx, interviewId, 'candidate', []);
    const zone = updated.candidateTimeZone ?? updated.timeZone;
    const times = proposals.map((p) => {
      const when = describeInZone(p.startsAt, zone);
      return `${when.date} ${when.time}`;
    });
    const what = { confirm: 'confirmed the interview', decline: 'declined the interview', propose: `asks for another time: ${times.join('; ')}` }[body.answer];
    await tellOrganizer(deps, tx, updated, what);
    return updated;
  });
  return viewOf(deps, row);
}

/** The candidate picks one of the offered slots: the interview is rescheduled to it (SEQUENCE + 1, mails, reminders). */
export async function pickOfferedSlot(deps: InterviewsDeps, credential: CandidateCredential, interviewId: string, slotId: string): Promise<CandidateView> {
  await requireCandidate(deps, credential, interviewId);
  const slot = await findTimeOption(deps.db, { interviewId, optionId: slotId, source: 'recruiter' });
  if (!slot) {
    // No offer left at all: another pick (or a new time) settled them first.
    if (!(await findTimeOptions(deps.db, interviewId)).some((option) => option.source === 'recruiter')) throw new AppError('conflict', 'That slot is no longer on offer: a time was picked or set meanwhile.');
    throw new AppError('bad_request', 'slotId: not one of the slots offered for this interview.');
  }
  if (slot.startsAt.getTime() <= deps.now().getTime()) throw new AppError('conflict', 'That slot has passed; pick another or ask for another time.');
  const before = await findInterview(deps.db, interviewId);
  await moveInterview(deps, interviewId, { startsAt: slot.startsAt, timeZone: slot.timeZone, reason: 'The candidate picked this time.', pickedByCandidate: deps.now(), offeredSlotId: slot.id }, before?.scheduledBy ?? null);
  const row = await deps.db.transaction(async (tx) => {
    const current = await findInterview(tx, interviewId);
    if (!current) throw new AppError('not_found', 'Interview not found.');
    const when = describeInZone(current.scheduledTime, current.timeZone);
    await tellOrganizer(deps, tx, current, `picked ${when.date} ${when.time} (${current.timeZone})`);
    return current;
  });
  return viewOf(deps, row);
}
