import type { VoiceAnswerDraft } from '#shared/contracts/speech.ts';
import type { FileStorage } from '#server/platform/storage/index.ts';
import type { SpeechService, TranscribeInput } from './speech.service.ts';

/**
 * Transcribes a spoken answer and keeps the recording. Nothing is stored when the recording is refused or the provider
 * fails, so a failed attempt leaves no orphan file behind.
 */
export async function takeVoiceAnswer(deps: { speech: SpeechService; storage: FileStorage }, input: TranscribeInput): Promise<VoiceAnswerDraft> {
  const transcription = await deps.speech.transcribe(input);
  const stored = await deps.storage.put(input.audio);
  return { transcript: transcription.text, durationMs: transcription.durationMs, audioKey: stored.key, provider: transcription.provider };
}
