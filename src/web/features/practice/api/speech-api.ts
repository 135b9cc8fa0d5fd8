import { speechAvailabilitySchema, voiceAnswerDraftSchema, type SpeechAvailability, type VoiceAnswerDraft } from '#shared/contracts/speech.ts';
import type { ApiClient } from '#web/app/api-client.ts';
import { sessionPath } from './practice-api.ts';

export function getSpeechAvailability(client: ApiClient): Promise<SpeechAvailability> {
  return client.get('/api/speech/availability', { schema: speechAvailabilitySchema });
}

/** Switches the caller's offline rough draft (pocketsphinx on the server, no key) on or off; answers with the new availability. */
export function setOfflineSpeech(client: ApiClient, enabled: boolean): Promise<SpeechAvailability> {
  return client.put('/api/speech/offline', { enabled }, { schema: speechAvailabilitySchema });
}

/** Transcribes a spoken answer to the current question; nothing is submitted until the candidate sends the corrected text. */
export function draftVoiceAnswer(client: ApiClient, sessionId: string, questionId: string, recording: Blob): Promise<VoiceAnswerDraft> {
  const form = new FormData();
  form.append('questionId', questionId);
  form.append('audio', recording, `answer.${extensionOf(recording.type)}`);
  return client.post(`${sessionPath(sessionId)}/answers/audio`, form, { schema: voiceAnswerDraftSchema });
}

function extensionOf(mimeType: string): string {
  if (mimeType.includes('ogg')) return 'ogg';
  if (mimeType.includes('mp4')) return 'm4a';
  return 'webm';
}
