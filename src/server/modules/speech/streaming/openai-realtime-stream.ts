import type WebSocket from 'ws';
import { z } from 'zod';
import { AppError } from '#server/platform/errors.ts';
import type { SpeechCredentials } from '#server/modules/speech/speech-credentials.ts';
import { openProviderSocket, parseProviderMessage, socketUrl, terminateAfterGrace } from './provider-socket.ts';
import type { ResolveOutbound, StreamEvents, TranscriptionStream } from './stream-types.ts';

const defaultBaseUrl = 'https://api.openai.com/v1';
/** The Realtime API takes PCM at 24 kHz only. */
export const openAiSampleRate = 24_000;

const serverEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('input_audio_buffer.speech_started'), item_id: z.string(), audio_start_ms: z.number().nonnegative() }),
  z.object({ type: z.literal('input_audio_buffer.speech_stopped'), item_id: z.string(), audio_end_ms: z.number().nonnegative() }),
  z.object({ type: z.literal('conversation.item.input_audio_transcription.delta'), item_id: z.string(), delta: z.string() }),
  z.object({ type: z.literal('conversation.item.input_audio_transcription.completed'), item_id: z.string(), transcript: z.string() }),
  z.object({ type: z.literal('conversation.item.input_audio_transcription.failed'), item_id: z.string(), error: z.object({ message: z.string().optional() }).optional() }),
  z.object({ type: z.literal('error'), error: z.object({ message: z.string().optional(), code: z.string().nullish() }) }),
]);

/**
 * OpenAI realtime transcription: `wss://…/realtime?intent=transcription`, a `session.update` of type `transcription`
 * (PCM at 24 kHz, the server's voice activity detection cutting turns), audio as base64 in `input_audio_buffer.append`.
 * A turn's times come from `speech_started`/`speech_stopped`, its text from the deltas (interim) and `completed` (final).
 */
export async function openOpenAiRealtimeStream(options: { credentials: SpeechCredentials; resolve: ResolveOutbound | undefined; timeoutMs: number; events: StreamEvents }): Promise<TranscriptionStream> {
  const { credentials, events } = options;
  const url = socketUrl(credentials.baseUrl ?? defaultBaseUrl, '/realtime');
  url.searchParams.set('intent', 'transcription');
  const socket: WebSocket = await openProviderSocket({ url, headers: { authorization: `Bearer ${credentials.apiKey}` }, credentials, resolve: options.resolve, timeoutMs: options.timeoutMs });
  socket.send(
    JSON.stringify({
      type: 'session.update',
      session: {
        type: 'transcription',
        audio: {
          input: {
            format: { type: 'audio/pcm', rate: openAiSampleRate },
            transcription: { model: credentials.model },
            turn_detection: { type: 'server_vad', threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 600 },
          },
        },
      },
    }),
  );
  const turns = new Map<string, { startMs: number; endMs?: number; text: string }>();
  let receivedMs = 0;
  let finishing = false;
  const turnOf = (itemId: string) => {
    let turn = turns.get(itemId);
    if (!turn) {
      turn = { startMs: receivedMs, text: '' };
      turns.set(itemId, turn);
    }
    return turn;
  };
  socket.on('message', (data, isBinary) => {
    if (isBinary) return;
    const parsed = serverEvent.safeParse(parseProviderMessage(data));
    if (!parsed.success) return;
    const event = parsed.data;
    switch (event.type) {
      case 'input_audio_buffer.speech_started':
        turns.set(event.item_id, { startMs: event.audio_start_ms, text: '' });
        return;
      case 'input_audio_buffer.speech_stopped':
        turnOf(event.item_id).endMs = event.audio_end_ms;
        return;
      case 'conversation.item.input_audio_transcription.delta': {
        const turn = turnOf(event.item_id);
        turn.text += event.delta;
        const text = turn.text.trim();
        if (text) events.onResult({ text, isFinal: false, startMs: turn.startMs, endMs: Math.max(turn.endMs ?? receivedMs, turn.startMs + 1) });
        return;
      }
      case 'conversation.item.input_audio_transcription.completed': {
        const turn = turnOf(event.item_id);
        turns.delete(event.item_id);
        const text = event.transcript.trim();
        if (text) events.onResult({ text, isFinal: true, startMs: turn.startMs, endMs: Math.max(turn.endMs ?? receivedMs, turn.startMs + 1) });
        if (finishing && turns.size === 0) socket.close(1000);
        return;
      }
      case 'conversation.item.input_audio_transcription.failed':
        turns.delete(event.item_id);
        return;
      case 'error':
        // A commit of an empty buffer at the end is answered with an error that is no failure of the stream.
        if (finishing && event.error.code === 'input_audio_buffer_commit_empty') {
          if (turns.size === 0) socket.close(1000);
          return;
        }
        events.onError(new AppError('bad_gateway', `OpenAI live speech-to-text failed: ${(event.error.message ?? 'unknown error').slice(0, 200)}`));
        socket.terminate();
        return;
    }
  });
  socket.on('error', () => undefined);
  socket.on('close', (code) => {
    if (!finishing && code !== 1000) events.onError(new AppError('bad_gateway', `OpenAI closed the live stream (${code}).`));
    events.onEnd();
  });
  return {
    provider: 'openai',
    sampleRate: openAiSampleRate,
    sendAudio: (pcm) => {
      if (socket.readyState !== socket.OPEN || finishing) return;
      receivedMs += Math.round((pcm.length / 2 / openAiSampleRate) * 1000);
      socket.send(JSON.stringify({ type: 'input_audio_buffer.append', audio: pcm.toString('base64') }));
    },
    finish: () => {
      if (finishing) return;
      finishing = true;
      if (socket.readyState !== socket.OPEN) return socket.terminate();
      // The turn still open is committed so its transcript comes back; the socket closes once it has, or after the grace.
      socket.send(JSON.stringify({ type: 'input_audio_buffer.commit' }));
      terminateAfterGrace(socket, options.timeoutMs);
    },
    close: () => {
      finishing = true;
      socket.terminate();
    },
  };
}
