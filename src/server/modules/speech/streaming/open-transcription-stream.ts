import { AppError } from '#server/platform/errors.ts';
import type { SpeechCaller, SpeechDeps } from '#server/modules/speech/speech-deps.ts';
import { openDeepgramStream } from './deepgram-stream.ts';
import { openOpenAiRealtimeStream } from './openai-realtime-stream.ts';
import type { StreamEvents, TranscriptionStream } from './stream-types.ts';

/** Raised when no key can stream for this caller: the room falls back to uploaded segments or typing (decision 049). */
export const noStreamingKeyMessage = 'Live speech-to-text needs an OpenAI or Deepgram key (the room owner’s, the workspace’s or the server’s).';

/**
 * A live stream to the caller's speech provider: their own OpenAI or Deepgram key, else the workspace's, else the server's (the same
 * resolution as a recording's). A user's key, whose base URL is theirs, connects through the outbound guard.
 * 409 when no key can stream (the offline rough draft decodes whole recordings only).
 */
export async function openTranscriptionStream(deps: SpeechDeps, caller: SpeechCaller, events: StreamEvents): Promise<TranscriptionStream> {
  const credentials = await deps.resolveCredentials(caller.userId, caller.workspaceId);
  if (!credentials) throw new AppError('conflict', noStreamingKeyMessage);
  const options = { credentials, resolve: deps.resolveOutbound, timeoutMs: deps.config.speech.timeoutMs, events };
  switch (credentials.provider) {
    case 'deepgram':
      return openDeepgramStream(options);
    case 'openai':
      return openOpenAiRealtimeStream(options);
  }
}
