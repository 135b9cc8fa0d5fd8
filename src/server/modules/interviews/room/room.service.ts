import { authorize, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { LiveNote, Room, TranscriptBody } from '#shared/contracts/interviews.ts';
import type { LiveTokenRole } from '#shared/vocabulary.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { findInterview } from '#server/modules/interviews/scheduling/scheduling.repo.ts';
import { hashRoleToken, newRoleToken, roleLinkExpiry, roleLinkUrl } from './role-token.ts';
import { removeFromCall } from './live-call.ts';
import { noteCandidateSpeech } from './live-notes.ts';
import { appendNotes, appendSegment, findLinkByHash, findLiveOf, findNotesAfter, insertLink, isOnPanel, revokeLinks, touchLink, type LiveRow, type NewSegment, type NoteRow } from './room.repo.ts';

/** Who is in the room: a signed-in member, or whoever holds a role link (its token, from the room cookie). */
export type Participant = { caller: Caller } | { token: string };

export type ValidLink = { tokenId: string; role: LiveTokenRole; liveId: string; interviewId: string; title: string };

/** The link behind a token, if it is known, not revoked, not expired and its interview not cancelled. */
export async function validLink(deps: InterviewsDeps, token: string): Promise<ValidLink | undefined> {
  const link = await findLinkByHash(deps.db, hashRoleToken(token));
  if (!link || !link.interviewId) return undefined;
  const now = deps.now();
  if (link.revokedAt || (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) || link.interviewStatus === 'cancelled') return undefined;
  return { tokenId: link.tokenId, role: link.role, liveId: link.liveId, interviewId: link.interviewId, title: link.title };
}

/** What a role link opens; 401 for an unknown, expired or revoked one (they are not told apart). */
export async function enterRoom(deps: InterviewsDeps, token: string): Promise<Room> {
  const link = await validLink(deps, token);
  if (!link) throw new AppError('unauthenticated', 'This interview link is not valid: it may have expired or been replaced. Ask the recruiter for a new one.');
  await touchLink(deps.db, link.tokenId, deps.now());
  return { interviewId: link.interviewId, role: link.role, title: link.title };
}

/**
 * The host side of a room: a valid host link for this interview, or a signed-in owner or recruiter of its workspace,
 * or an interviewer who sits on its panel. A candidate link gets 403.
 */
export async function requireHost(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<{ live: LiveRow; authorId: string | null }> {
  if (!participant) throw new AppError('unauthenticated', 'Sign in, or open the room with your interview link.');
  if ('token' in participant) {
    const link = await validLink(deps, participant.token);
    if (!link) throw new AppError('unauthenticated', 'This interview link is not valid any more.');
    if (link.interviewId !== interviewId) throw new AppError('not_found', 'Interview not found.');
    if (link.role !== 'host') throw new AppError('forbidden', 'The candidate link cannot see or add notes or the transcript.');
    const live = await findLiveOf(deps.db, interviewId);
    if (!live) throw new AppError('not_found', 'Interview not found.');
    return { live, authorId: null };
  }
  const grant = await authorize(deps.db, participant.caller, { kind: 'interview', id: interviewId }, 'read');
  if (grant.role === 'interviewer' && !(await isOnPanel(deps.db, { interviewId, userId: participant.caller.userId }))) {
    throw new AppError('forbidden', 'Only the panel, owners and recruiters may join this interview as host.');
  }
  const live = await findLiveOf(deps.db, interviewId);
  if (!live) throw new AppError('not_found', 'Interview not found.');
  return { live, authorId: participant.caller.userId };
}

export function toNote(row: NoteRow): LiveNote {
  return { id: row.id, seq: row.seq, source: row.source, kind: row.kind, text: row.note, ...(row.quote ? { quote: row.quote } : {}), ...(row.cvQuote ? { cvQuote: row.cvQuote } : {}), createdAt: row.createdAt.toISOString() };
}

export async function listNotes(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string, after: number): Promise<LiveNote[]> {
  const { live } = await requireHost(deps, participant, interviewId);
  return (await findNotesAfter(deps.db, live.id, after)).map(toNote);
}

export async function addHostNote(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string, text: string): Promise<LiveNote> {
  const { live, authorId } = await requireHost(deps, participant, interviewId);
  const [row] = await appendNotes(deps.db, live.id, [{ source: 'host', kind: 'note', note: text, authorId }]);
  if (!row) throw new Error('note not stored');
  return toNote(row);
}

/**
 * Stores a transcript segment once the candidate has accepted the recording notice (409 before), then lets the copilot
 * note the candidate's speech (live-notes.ts).
 */
export async function addTranscript(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string, body: TranscriptBody): Promise<{ accepted: true; seq: number }> {
  const { live } = await requireHost(deps, participant, interviewId);
  requireOpenTranscript(live);
  const segment = await storeSegment(deps, live, { speaker: body.speaker, text: body.text, startMs: body.startMs ?? null, endMs: body.endMs ?? null });
  return { accepted: true, seq: segment.seq };
}

/** The transcript is open: the candidate accepted the recording notice and the room has not ended (409 otherwise). */
export function requireOpenTranscript(live: LiveRow): void {
  if (!live.consentAt) throw new AppError('conflict', 'The candidate has not accepted the recording notice yet: the transcript starts once they accept it on their link.');
  if (live.endedAt) throw new AppError('conflict', 'The interview has ended: its transcript is closed.');
}

/** Stores a segment, typed or transcribed, then lets the copilot note the candidate's speech (live-notes.ts). */
export async function storeSegment(deps: InterviewsDeps, live: LiveRow, segment: NewSegment) {
  const row = await appendSegment(deps.db, live.id, segment);
  if (segment.speaker === 'candidate') await noteCandidateSpeech(deps, live, segment.text);
  return row;
}

/** Revokes a role's link at once: an open note stream closes within a second, its holder is removed from the call. */
export async function revokeLink(deps: InterviewsDeps, caller: Caller, interviewId: string, role: LiveTokenRole): Promise<void> {
  const { workspaceId } = await authorize(deps.db, caller, { kind: 'interview', id: interviewId }, 'write');
  const live = await findLiveOf(deps.db, interviewId);
  if (!live) throw new AppError('not_found', 'Interview not found.');
  const linkIds = await revokeLinks(deps.db, live.id, role, deps.now());
  await removeFromCall(deps, { workspaceId, room: interviewId, role, linkIds });
}

/** Replaces a role's link: the old one stops working, the new URL is returned once. */
export async function reissueLink(deps: InterviewsDeps, caller: Caller, interviewId: string, role: LiveTokenRole): Promise<{ url: string }> {
  await authorize(deps.db, caller, { kind: 'interview', id: interviewId }, 'write');
  const interview = await findInterview(deps.db, interviewId);
  const live = await findLiveOf(deps.db, interviewId);
  if (!interview || !live) throw new AppError('not_found', 'Interview not found.');
  if (interview.status === 'cancelled') throw new AppError('conflict', 'The interview is cancelled; its links cannot be re-issued.');
  const { token, tokenHash } = newRoleToken();
  const replaced = await deps.db.transaction(async (tx) => {
    const linkIds = await revokeLinks(tx, live.id, role, deps.now());
    await insertLink(tx, { liveId: live.id, role, tokenHash, expiresAt: roleLinkExpiry(interview.scheduledTime, interview.durationMinutes) });
    return linkIds;
  });
  await removeFromCall(deps, { workspaceId: interview.workspaceId, room: interviewId, role, linkIds: replaced });
  return { url: roleLinkUrl(deps.publicUrl, token) };
}
