import type WebSocket from 'ws';
import { z } from 'zod';
import { AppError } from '#server/platform/errors.ts';
import type { SpeechCredentials } from '#server/modules/speech/speech-credentials.ts';
import { openProviderSocket, parseProviderMessage, socketUrl, terminateAfterGrace } from './provider-socket.ts';
import type { ResolveOutbound, StreamEvents, TranscriptionStream } from './stream-types.ts';

const defaultBaseUrl = 'https://api.deepgram.com';
export const deepgramSampleRate = 16_000;

const resultsMessage = z.object({
  type: z.literal('Results'),
  is_final: z.boolean().optional(),
  start: z.number().nonnegative(),
  duration: z.number().nonnegative(),
  channel: z.object({ alternatives: z.array(z.object({ transcript: z.string() })) }),
});

/**
 * Deepgram live streaming: `wss://…/v1/listen` with linear16 PCM at 16 kHz, interim results on; each `Results` message
 * carries `is_final`, its `start` and `duration` in seconds from the stream's start. `CloseStream` asks for the last
 * results, after which Deepgram closes the socket.
 */
export async function openDeepgramStream(options: { credentials: SpeechCredentials; resolve: ResolveOutbound | undefined; timeoutMs: number; events: StreamEvents }): Promise<TranscriptionStream> {
  const { credentials, events } = options;
  const url = socketUrl(credentials.baseUrl ?? defaultBaseUrl, '/v1/listen');
  for (const [name, value] of Object.entries({ model: credentials.model, encoding: 'linear16', sample_rate: String(deepgramSampleRate), channels: '1', interim_results: 'true', punctuate: 'true', smart_format: 'true' })) {
    url.searchParams.set(name, value);
  }
  const socket: WebSocket = await openProviderSocket({ url, headers: { authorization: `Token ${credentials.apiKey}` }, credentials, resolve: options.resolve, timeoutMs: options.timeoutMs });
  let finishing = false;
  socket.on('message', (data, isBinary) => {
    if (isBinary) return;
    const parsed = resultsMessage.safeParse(parseProviderMessage(data));
    if (!parsed.success) return;
    const message = parsed.data;
    const text = message.channel.alternatives[0]?.transcript.trim() ?? '';
    if (!text) return;
    const startMs = Math.round(message.start * 1000);
    events.onResult({ text, isFinal: message.is_final === true, startMs, endMs: startMs + Math.round(message.duration * 1000) });
  });
  socket.on('error', () => undefined);
  socket.on('close', (code, reason) => {
    if (!finishing && code !== 1000) events.onError(new AppError('bad_gateway', `Deepgram closed the live stream (${code}${reason.length ? `: ${reason.toString().slice(0, 200)}` : ''}).`));
    events.onEnd();
  });
  return {
    provider: 'deepgram',
    sampleRate: deepgramSampleRate,
    sendAudio: (pcm) => {
      if (socket.readyState === socket.OPEN && !finishing) socket.send(pcm);
    },
    finish: () => {
      if (finishing) return;
      finishing = true;
      if (socket.readyState !== socket.OPEN) return socket.terminate();
      // Deepgram sends what it still holds and closes; the grace bounds a provider that never does.
      socket.send(JSON.stringify({ type: 'CloseStream' }));
      terminateAfterGrace(socket, options.timeoutMs);
    },
    close: () => {
      finishing = true;
      socket.terminate();
    },
  };
}
