import { WebhookReceiver } from 'livekit-server-sdk';
import { z } from 'zod';
import { AppError } from '#server/platform/errors.ts';
import type { CallWebhookAnswer } from '#shared/contracts/interviews.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { findInterview } from '#server/modules/interviews/scheduling/scheduling.repo.ts';
import { liveKitFor, type LiveKitServer } from './live-call.ts';
import { appendEventNote, findLiveOf } from './room.repo.ts';

/** Only where the event says it happened, read before the signature is checked to know whose key checks it. */
const roomOfSchema = z.object({ room: z.object({ name: z.string() }).optional() });

const notedEvents = { participant_joined: 'joined the call', participant_left: 'left the call' } as const;

/** The LiveKit whose key signed an event of this room: the interview's (its workspace's, else the server's). */
async function serverFor(deps: InterviewsDeps, room: string | undefined): Promise<{ server: LiveKitServer | undefined; interviewId: string | undefined }> {
  const interview = room && z.uuid().safeParse(room).success ? await findInterview(deps.db, room) : undefined;
  if (interview) return { server: await liveKitFor(deps, interview.workspaceId), interviewId: interview.id };
  return { server: deps.liveKit.server ? { ...deps.liveKit.server, fetch, source: 'server' } : undefined, interviewId: undefined };
}

/**
 * One delivery of LiveKit's webhook (decision 042). The signed Authorization header is checked with the key of the
 * LiveKit the room belongs to (401 when it does not verify: a forged or altered event notes nothing); a participant
 * joining or leaving becomes a system note in the room's live stream ("Dana Whitfield joined the call"), once per event
 * id however often LiveKit retries. Other events, and rooms that are not interviews, are acknowledged and ignored.
 */
export async function receiveCallEvent(deps: InterviewsDeps, body: string, authorization: string | undefined): Promise<CallWebhookAnswer> {
  let claimed: unknown;
  try {
    claimed = JSON.parse(body);
  } catch {
    throw new AppError('bad_request', 'body: not a LiveKit webhook event (not JSON).');
  }
  const shape = roomOfSchema.safeParse(claimed);
  if (!shape.success) throw new AppError('bad_request', 'body.room: not a LiveKit webhook event (room must be an object with a name).');
  const { server, interviewId } = await serverFor(deps, shape.data.room?.name);
  if (!server) throw new AppError('not_found', 'No LiveKit server is configured for this room.');
  if (!authorization) throw new AppError('unauthenticated', 'The webhook has no Authorization header: LiveKit signs every delivery.');
  let event;
  try {
    event = await new WebhookReceiver(server.apiKey, server.apiSecret).receive(body, authorization);
  } catch {
    throw new AppError('unauthenticated', 'The webhook signature does not verify with the LiveKit key of this room.');
  }
  const action = event.event === 'participant_joined' || event.event === 'participant_left' ? notedEvents[event.event] : undefined;
  if (!action || !interviewId || !event.id || !event.participant) return { noted: false };
  const live = await findLiveOf(deps.db, interviewId);
  if (!live) return { noted: false };
  const name = event.participant.name.trim() || event.participant.identity;
  const row = await appendEventNote(deps.db, live.id, { source: 'system', kind: 'note', note: `${name} ${action}`, eventId: event.id });
  if (row) deps.log.info({ liveInterviewId: live.id, event: event.event, eventId: event.id }, 'call event noted');
  return { noted: row !== undefined };
}
