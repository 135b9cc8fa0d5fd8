import { audioSegmentResultSchema, roomSpeechSchema, transcriptSegmentsSchema, type AudioSegmentResult, type RoomSpeech, type TranscriptSegment } from '#shared/contracts/room-speech.ts';
import type { ApiClient } from '#web/app/api-client.ts';

const base = (interviewId: string) => `/api/interviews/${encodeURIComponent(interviewId)}`;

export function findRoomSpeech(client: ApiClient, interviewId: string): Promise<RoomSpeech> {
  return client.get(`${base(interviewId)}/speech`, { schema: roomSpeechSchema });
}

export function switchRoomSpeech(client: ApiClient, interviewId: string, enabled: boolean): Promise<RoomSpeech> {
  return client.put(`${base(interviewId)}/speech`, { enabled }, { schema: roomSpeechSchema });
}

export function findTranscript(client: ApiClient, interviewId: string): Promise<TranscriptSegment[]> {
  return client.get(`${base(interviewId)}/transcript`, { schema: transcriptSegmentsSchema });
}

/** One microphone segment; the server knows the speaker from the link or session, and keeps only the text. */
export function sendMicrophoneSegment(client: ApiClient, interviewId: string, segment: { blob: Blob; startMs: number; endMs: number }): Promise<AudioSegmentResult> {
  const form = new FormData();
  form.append('startMs', String(segment.startMs));
  form.append('endMs', String(segment.endMs));
  form.append('audio', segment.blob, `segment.${segment.blob.type.includes('ogg') ? 'ogg' : segment.blob.type.includes('mp4') ? 'm4a' : 'webm'}`);
  return client.post(`${base(interviewId)}/transcript/audio`, form, { schema: audioSegmentResultSchema });
}
