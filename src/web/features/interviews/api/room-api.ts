import { z } from 'zod';
import {
  acceptedSchema,
  briefingSchema,
  callTokenSchema,
  consentSchema,
  hostRoomSchema,
  interviewQuestionSchema,
  liveNoteSchema,
  liveNotesSchema,
  lobbySchema,
  roomReviewStateSchema,
  type Briefing,
  type CallToken,
  type HostRoom,
  type InterviewQuestion,
  type LiveNote,
  type Lobby,
  type RoomReviewState,
  type TranscriptBody,
} from '#shared/contracts/interviews.ts';
import type { ApiClient } from '#web/app/api-client.ts';

const base = (interviewId: string) => `/api/interviews/${encodeURIComponent(interviewId)}`;

/** The page's address for an interview's room: where a role link's redirect lands. */
export const roomPath = (interviewId: string) => `/room/${encodeURIComponent(interviewId)}`;
export const transcriptExportPath = (interviewId: string, format: 'txt' | 'vtt') => `${base(interviewId)}/transcript.${format}`;

export function findLobby(client: ApiClient, interviewId: string): Promise<Lobby> {
  return client.get(`${base(interviewId)}/lobby`, { schema: lobbySchema });
}

export function acceptNotice(client: ApiClient): Promise<{ consentAt: string }> {
  return client.post('/api/room/consent', undefined, { schema: consentSchema });
}

/** A fresh LiveKit token for one join of the embedded call (404: no LiveKit; 409: notice not accepted, or ended). */
export function joinCall(client: ApiClient, interviewId: string): Promise<CallToken> {
  return client.post(`${base(interviewId)}/room/call-token`, undefined, { schema: callTokenSchema });
}

export function findHostRoom(client: ApiClient, interviewId: string): Promise<HostRoom> {
  return client.get(`${base(interviewId)}/room`, { schema: hostRoomSchema });
}

export function findBriefing(client: ApiClient, interviewId: string): Promise<Briefing> {
  return client.get(`${base(interviewId)}/briefing`, { schema: briefingSchema });
}

export function findNotes(client: ApiClient, interviewId: string): Promise<LiveNote[]> {
  return client.get(`${base(interviewId)}/notes`, { schema: liveNotesSchema });
}

export function addNote(client: ApiClient, interviewId: string, text: string): Promise<LiveNote> {
  return client.post(`${base(interviewId)}/notes`, { text }, { schema: liveNoteSchema });
}

export function addTranscriptSegment(client: ApiClient, interviewId: string, body: TranscriptBody) {
  return client.post(`${base(interviewId)}/transcript`, body, { schema: acceptedSchema });
}

export function markAsked(client: ApiClient, interviewId: string, questionId: string, asked: boolean): Promise<InterviewQuestion[]> {
  return client.put(`${base(interviewId)}/questions/${encodeURIComponent(questionId)}/asked`, { asked }, { schema: z.array(interviewQuestionSchema) });
}

export function endInterview(client: ApiClient, interviewId: string) {
  return client.post(`${base(interviewId)}/end`, undefined, { schema: z.object({ reviewState: z.enum(['pending', 'ready']) }) });
}

export function findReview(client: ApiClient, interviewId: string): Promise<RoomReviewState> {
  return client.get(`${base(interviewId)}/review`, { schema: roomReviewStateSchema });
}

/**
 * Follows the room's note stream with EventSource, which reconnects by itself and sends Last-Event-ID, so the server
 * resumes after the last note held. `closed` comes when the link is revoked or the room is shut. Returns the way to stop.
 */
export function followRoomNotes(interviewId: string, handlers: { onNote: (note: LiveNote) => void; onClosed: (reason: string) => void; onConnection: (open: boolean) => void }): () => void {
  const source = new EventSource(`${base(interviewId)}/notes/stream`, { withCredentials: true });
  source.addEventListener('open', () => handlers.onConnection(true));
  source.addEventListener('error', () => handlers.onConnection(false));
  source.addEventListener('note', (event) => {
    const parsed = liveNoteSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
    if (parsed.success) handlers.onNote(parsed.data);
  });
  source.addEventListener('closed', (event) => {
    source.close();
    const reason = z.object({ reason: z.string() }).safeParse(JSON.parse((event as MessageEvent<string>).data));
    handlers.onClosed(reason.success ? reason.data.reason : 'The stream closed.');
  });
  return () => source.close();
}
