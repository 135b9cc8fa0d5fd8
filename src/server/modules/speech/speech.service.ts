import type { SpeechAvailability, SpeechProvider, TranscriptionResponse } from '#shared/contracts/speech.ts';
import type { Config } from '#server/config.ts';
import { AppError } from '#server/platform/errors.ts';
import { describeSize } from './describe-size.ts';
import { acceptedAudioDescription, sniffAudioFormat, type AudioFormat } from './audio-format.ts';
import { transcribeWithDeepgram } from './deepgram-transcriber.ts';
import { transcribeWithOpenAi } from './openai-transcriber.ts';
import { createSpeechCredentialResolver, type FindUserSpeechKey } from './speech-credentials.ts';
import type { ProviderTranscript, TranscriptionCall } from './transcription-call.ts';
import { wavDurationMs } from './wav-duration.ts';

type SpeechServiceDeps = {
  config: Pick<Config, 'keys' | 'speech'>;
  findUserKey: FindUserSpeechKey;
  fetch?: typeof fetch;
};

export type TranscribeInput = {
  userId: string;
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

/** Speech-to-text with the caller's own OpenAI or Deepgram key, else the server's. */
export function createSpeechService(deps: SpeechServiceDeps) {
  const { config } = deps;
  const resolveCredentials = createSpeechCredentialResolver({ config, findUserKey: deps.findUserKey });
  const doFetch = deps.fetch ?? fetch;

  return {
    maxBytes: config.speech.maxBytes,

    async speechAvailability(userId: string): Promise<SpeechAvailability> {
      const credentials = await resolveCredentials(userId);
      return credentials ? { available: true, provider: credentials.provider } : { available: false, reason: noSpeechKeyReason };
    },

    /** The transcript of one recording; the duration is the provider's, else the WAV header's, else null. */
    async transcribe(input: TranscribeInput): Promise<TranscriptionResponse> {
      const format = checkRecording(input.audio, config.speech.maxBytes, input.mimeType);
      const credentials = await resolveCredentials(input.userId);
      if (!credentials) throw new AppError('conflict', noSpeechKeyReason);
      const call = { audio: input.audio, format, credentials, timeoutMs: config.speech.timeoutMs, fetch: doFetch };
      const transcript = await transcribers[credentials.provider](call);
      const durationMs = transcript.durationMs ?? (format.kind === 'wav' ? wavDurationMs(input.audio) : undefined) ?? null;
      return { text: transcript.text, durationMs, provider: credentials.provider, model: credentials.model };
    },
  };
}
export type SpeechService = ReturnType<typeof createSpeechService>;
