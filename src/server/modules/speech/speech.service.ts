import type { Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { SpeechAvailability, SpeechProvider, Transcription } from '#shared/contracts/speech.ts';
import { acceptedAudioDescription, sniffAudioFormat, type AudioFormat } from './audio-format.ts';
import { transcribeWithDeepgram } from './deepgram-transcriber.ts';
import { describeSize } from './describe-size.ts';
import { transcribeWithOpenAi } from './openai-transcriber.ts';
import type { SpeechDeps } from './speech-deps.ts';
import type { ProviderTranscript, TranscriptionCall } from './transcription-call.ts';
import { wavDurationMs } from './wav-duration.ts';

/** A recording to transcribe. */
export type Recording = {
  audio: Buffer;
  /** What the client declared; only quoted when the bytes turn out not to be audio (the bytes decide the format). */
  mimeType?: string;
};

const noSpeechKeyReason = 'No speech-to-text key: add an OpenAI or Deepgram key in Settings → Keys.';

const transcribers: Readonly<Record<SpeechProvider, (call: TranscriptionCall) => Promise<ProviderTranscript>>> = {
  openai: transcribeWithOpenAi,
  deepgram: transcribeWithDeepgram,
};

/** The recording's format, or a 400/413/415 naming what is wrong with it. */
function checkRecording(audio: Buffer, maxBytes: number, declaredType?: string): AudioFormat {
  if (audio.length === 0) throw new AppError('bad_request', 'The recording is empty: record an answer and send it again.');
  if (audio.length > maxBytes) {
    throw new AppError('payload_too_large', `The recording is ${describeSize(audio.length)}; speech-to-text takes at most ${describeSize(maxBytes)}. Record a shorter answer.`);
  }
  const format = sniffAudioFormat(audio);
  if (!format) {
    const declared = declaredType ? ` (sent as ${declaredType})` : '';
    throw new AppError('unsupported_media_type', `The file${declared} is not audio Parley can transcribe: send ${acceptedAudioDescription}.`);
  }
  return format;
}

/** Whether the caller can dictate answers: their own OpenAI or Deepgram key, else the server's; if not, why. */
export async function checkSpeechAvailability(deps: SpeechDeps, caller: Caller): Promise<SpeechAvailability> {
  const credentials = await deps.resolveCredentials(caller.userId);
  return credentials ? { available: true, provider: credentials.provider } : { available: false, reason: noSpeechKeyReason };
}

/** The transcript of one recording; the duration is the provider's, else the WAV header's, else null. */
export async function transcribeRecording(deps: SpeechDeps, caller: Caller, recording: Recording): Promise<Transcription> {
  const { speech } = deps.config;
  const format = checkRecording(recording.audio, speech.maxBytes, recording.mimeType);
  const credentials = await deps.resolveCredentials(caller.userId);
  if (!credentials) throw new AppError('conflict', noSpeechKeyReason);
  const call = { audio: recording.audio, format, credentials, timeoutMs: speech.timeoutMs, fetch: credentials.source === 'user' ? (deps.guardedFetch ?? deps.fetch) : deps.fetch };
  const transcript = await transcribers[credentials.provider](call);
  const durationMs = transcript.durationMs ?? (format.kind === 'wav' ? wavDurationMs(recording.audio) : undefined) ?? null;
  return { text: transcript.text, durationMs, provider: credentials.provider, model: credentials.model };
}
