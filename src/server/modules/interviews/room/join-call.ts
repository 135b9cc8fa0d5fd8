import { AppError } from '#server/platform/errors.ts';
import type { CallToken } from '#shared/contracts/interviews.ts';
import type { LiveTokenRole } from '#shared/vocabulary.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { findInterview } from '#server/modules/interviews/scheduling/scheduling.repo.ts';
import { liveKitFor, mintCallToken } from './live-call.ts';
import { findLiveOf, findRoomPeople, findUserName } from './room.repo.ts';
import { requireHost, validLink, type Participant } from './room.service.ts';

/** Who asks to join: the role and the id the call knows them by (their link's id, or a signed-in host's user id). */
async function joinerOf(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<{ role: LiveTokenRole; participantId: string }> {
  if (participant && 'token' in participant) {
    const link = await validLink(deps, participant.token);
    if (!link) throw new AppError('unauthenticated', 'This interview link is not valid any more.');
    if (link.interviewId !== interviewId) throw new AppError('not_found', 'Interview not found.');
    return { role: link.role, participantId: link.tokenId };
  }
  const { authorId } = await requireHost(deps, participant, interviewId);
  if (!authorId) throw new AppError('unauthenticated', 'Sign in, or open the room with your interview link.');
  return { role: 'host', participantId: authorId };
}

/**
 * A participant token for the embedded call, minted for this join only (decision 042): the host side (a host link or
 * session) at any time, the candidate once they have accepted the recording notice. 404 when no LiveKit is configured
 * for the interview's workspace or the server; 409 once the room has ended.
 */
export async function joinCall(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<CallToken> {
  const joiner = await joinerOf(deps, participant, interviewId);
  const interview = await findInterview(deps.db, interviewId);
  const live = await findLiveOf(deps.db, interviewId);
  if (!interview || !live) throw new AppError('not_found', 'Interview not found.');
  const server = await liveKitFor(deps, interview.workspaceId);
  if (!server) throw new AppError('not_found', 'This interview has no embedded call: no LiveKit server is configured. Use the meeting link.');
  if (live.endedAt) throw new AppError('conflict', 'The interview has ended: its call is closed.');
  if (joiner.role === 'candidate' && !live.consentAt) throw new AppError('conflict', 'Accept the recording notice first: the call opens once you have read it.');
  const name = joiner.role === 'candidate' ? interview.candidateName : await hostNameOf(deps, interviewId, participant);
  return mintCallToken(server, { room: interviewId, role: joiner.role, participantId: joiner.participantId, name });
}

/**
 * The name the call shows for the host side: a signed-in host's own name; for the host link, whom it speaks for (the
 * panel's lead, else whoever booked the interview), as the candidate's lobby names them.
 */
async function hostNameOf(deps: InterviewsDeps, interviewId: string, participant: Participant | undefined): Promise<string> {
  if (participant && 'caller' in participant) {
    const own = await findUserName(deps.db, participant.caller.userId);
    if (own?.trim()) return own.trim();
  }
  const people = await findRoomPeople(deps.db, interviewId);
  return people.leadName ?? people.organiserName ?? 'Interviewer';
}

