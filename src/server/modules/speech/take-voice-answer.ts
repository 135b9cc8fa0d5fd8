import type { Caller } from '#server/platform/access/index.ts';
import type { FileStorage } from '#server/platform/storage/index.ts';
import type { VoiceAnswerDraft } from '#shared/contracts/speech.ts';
import type { SpeechDeps } from './speech-deps.ts';
import { transcribeRecording, type Recording } from './speech.service.ts';

/**
 * Transcribes a spoken answer and keeps the recording. Nothing is stored when the recording is refused or the provider
 * fails, so a failed attempt leaves no orphan file behind.
 */
export async function takeVoiceAnswer(deps: { speech: SpeechDeps; storage: FileStorage }, caller: Caller, recording: Recording): Promise<VoiceAnswerDraft> {
  const transcription = await transcribeRecording(deps.speech, caller, recording);
  const stored = await deps.storage.put(recording.audio);
  return {
    transcript: transcription.text,
    durationMs: transcription.durationMs,
    audioKey: stored.key,
    provider: transcription.provider,
    roughDraft: transcription.roughDraft,
    ...(transcription.words ? { words: transcription.words } : {}),
  };
}
