import type { AppError } from '#server/platform/errors.ts';
import type { SpeechCredentials } from '#server/modules/speech/speech-credentials.ts';

/** One result of a live stream, its times in ms from the stream's first audio; an interim one may still change. */
export type StreamResult = { text: string; isFinal: boolean; startMs: number; endMs: number };

/** What the caller hears from a stream: results, a failure (the stream is then closed), the end after `finish`. */
export type StreamEvents = {
  onResult: (result: StreamResult) => void;
  onError: (error: AppError) => void;
  onEnd: () => void;
};

/** An open stream to a provider: 16-bit little-endian mono PCM at `sampleRate` goes in, results come out. */
export type TranscriptionStream = {
  provider: SpeechCredentials['provider'];
  sampleRate: number;
  sendAudio: (pcm: Buffer) => void;
  /** No more audio: the provider is asked for its last results, then the stream ends (onEnd). */
  finish: () => void;
  /** Closes at once, without waiting for last results. */
  close: () => void;
};

/** The checked address a provider's host must be reached at (the outbound guard), for a user's own base URL. */
export type ResolveOutbound = (hostname: string) => Promise<{ address: string; family: number }>;
