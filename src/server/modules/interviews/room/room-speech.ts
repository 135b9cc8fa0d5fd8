import { extractSkills } from '#server/ai/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { checkSpeechAvailability, transcribeRecording, type AudioUpload, type SpeechCaller } from '#server/modules/speech/index.ts';
import { audioSegmentFieldsSchema, type AudioSegmentResult, type RoomSpeech, type TranscriptSegment } from '#shared/contracts/room-speech.ts';
import type { TranscriptWord } from '#shared/contracts/speech.ts';
import type { TranscriptSpeaker } from '#shared/vocabulary.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { findLiveOf, findTranscript, setSpeechOn, type LiveRow } from './room.repo.ts';
import { requireHost, requireOpenTranscript, storeSegment, validLink, type Participant } from './room.service.ts';

type SegmentRow = Awaited<ReturnType<typeof findTranscript>>[number];

export function toSegment(row: SegmentRow): TranscriptSegment {
  return { seq: row.seq, speaker: row.speaker, text: row.text, startMs: row.startMs, endMs: row.endMs, source: row.source, confidence: row.confidence, createdAt: row.createdAt.toISOString() };
}

/**
 * Who is speaking, from the link in the cookie or the host-side session, never from the request's body: the candidate
 * link speaks as the candidate; a host link, an owner, a recruiter or a panelist as the host (requireHost).
 */
export async function speakerOf(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<{ speaker: TranscriptSpeaker; live: LiveRow }> {
  if (participant && 'token' in participant) {
    const link = await validLink(deps, participant.token);
    if (!link) throw new AppError('unauthenticated', 'This interview link is not valid any more.');
    if (link.interviewId !== interviewId) throw new AppError('not_found', 'Interview not found.');
    if (link.role === 'candidate') {
      const live = await findLiveOf(deps.db, interviewId);
      if (!live) throw new AppError('not_found', 'Interview not found.');
      return { speaker: 'candidate', live };
    }
  }
  const { live } = await requireHost(deps, participant, interviewId);
  return { speaker: 'host', live };
}

/** The room transcribes as its owner: their key, else its workspace's, else the server's, else the offline rough draft if they opted in. */
export const speechCallerOf = (live: LiveRow): SpeechCaller => ({ userId: live.ownerId, role: 'user', ...(live.workspaceId ? { workspaceId: live.workspaceId } : {}) });

/** Whether the room's speech-to-text is on, and whether a key or the offline rough draft can serve it (host side). */
export async function getRoomSpeech(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<RoomSpeech> {
  const { live } = await requireHost(deps, participant, interviewId);
  return roomSpeechOf(deps, live);
}

async function roomSpeechOf(deps: InterviewsDeps, live: LiveRow): Promise<RoomSpeech> {
  const availability = await checkSpeechAvailability(deps.speech, speechCallerOf(live));
  return {
    enabled: live.speechOnAt !== null,
    available: availability.available,
    provider: availability.provider ?? null,
    rough: availability.provider === 'offline',
    reason: availability.available ? null : (availability.reason ?? null),
  };
}

/** The host switches speech-to-text on or off for the room; the typed transcript works either way. */
export async function setRoomSpeech(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string, enabled: boolean): Promise<RoomSpeech> {
  const { live } = await requireHost(deps, participant, interviewId);
  return roomSpeechOf(deps, await setSpeechOn(deps.db, live.id, enabled ? deps.now() : null));
}

/** The transcript so far, oldest first, with how each segment was made (host side only). */
export async function listTranscript(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<TranscriptSegment[]> {
  const { live } = await requireHost(deps, participant, interviewId);
  return (await findTranscript(deps.db, live.id)).map(toSegment);
}

/** The skills the job and the CV name: what the offline rough draft should spell right when it hears them (decision 031). */
function speechContextOf(live: LiveRow): string[] {
  const mentions = extractSkills([live.jobDescription ?? '', live.resumeText ?? ''].join('\n'));
  return [...new Set(mentions.map((mention) => mention.name))].slice(0, 80);
}

function meanConfidence(words: readonly TranscriptWord[] | undefined): number | null {
  const known = (words ?? []).map((word) => word.confidence).filter((value): value is number => value !== null);
  return known.length === 0 ? null : Math.round((known.reduce((sum, value) => sum + value, 0) / known.length) * 1000) / 1000;
}

/**
 * One segment of a participant's microphone: checked (consent, room open, speech on, timing, size, audio bytes),
 * transcribed through the speech service as the room's owner, stored like a typed segment, then dropped: the audio
 * is never written anywhere. A segment in which nothing was heard stores nothing.
 */
export async function transcribeRoomAudio(
  deps: InterviewsDeps,
  participant: Participant | undefined,
  interviewId: string,
  read: () => Promise<AudioUpload>,
  signal?: AbortSignal,
): Promise<AudioSegmentResult> {
  const { speaker, live } = await speakerOf(deps, participant, interviewId);
  requireOpenTranscript(live);
  if (!live.speechOnAt) throw new AppError('conflict', 'Speech-to-text is off in this room: the host switches it on, or types the transcript.');
  const upload = await read();
  const timing = audioSegmentFieldsSchema.safeParse(upload.fields);
  if (!timing.success) {
    const issue = timing.error.issues[0];
    throw new AppError('bad_request', `${issue?.path.join('.') || 'timing'}: ${issue?.message ?? 'invalid'}`);
  }
  const context = speechContextOf(live);
  const transcription = await transcribeRecording(deps.speech, speechCallerOf(live), { audio: upload.audio, mimeType: upload.mimeType, context, ...(signal ? { signal } : {}) });
  const text = transcription.text.trim().slice(0, 5000);
  if (!text) return { segment: null };
  const row = await storeSegment(deps, live, {
    speaker,
    text,
    startMs: timing.data.startMs,
    endMs: timing.data.endMs,
    source: transcription.roughDraft ? 'stt_offline' : 'stt',
    confidence: meanConfidence(transcription.words),
  });
  return { segment: toSegment(row) };
}
