import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** What is "said" in the stream: consecutive turns, each its words and how long it lasts. */
export type SpokenTurn = { text: string; seconds: number };

/** What the fake saw of one stream, for assertions. */
export type StreamLog = { provider: 'deepgram' | 'openai'; url: string; host: string; audioBytes: number; closedByClient: boolean; sessionUpdate?: unknown };

export type FakeStreamingSpeech = {
  /** The http base URLs a key or STT_BASE_URL names: Deepgram's root, OpenAI's `/v1`. */
  deepgramBaseUrl: string;
  openAiBaseUrl: string;
  streams: StreamLog[];
  /** Open provider sockets right now (a revoked participant's must go). */
  openSockets: () => number;
  close: () => Promise<void>;
};

const rms = (pcm: Buffer) => {
  let sum = 0;
  for (let offset = 0; offset + 1 < pcm.length; offset += 2) sum += pcm.readInt16LE(offset) ** 2;
  return Math.sqrt(sum / Math.max(1, pcm.length / 2));
};

/**
 * Deepgram live (`/v1/listen`, `Token` auth, linear16 at 16 kHz) and OpenAI realtime transcription (`/v1/realtime?
 * intent=transcription`, Bearer auth, `session.update` of type transcription, base64 pcm16 at 24 kHz) on one local
 * server, speaking their documented messages. It "hears" the `turns` in order, by how much audio (that is not silence)
 * has arrived: an interim result each second of a turn, a final one when the turn's time is reached or the stream ends.
 */
export async function startFakeStreamingSpeech(options: { deepgramKey: string; openAiKey: string; turns: SpokenTurn[] }): Promise<FakeStreamingSpeech> {
  const streams: StreamLog[] = [];
  const server = http.createServer((_request, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const auth = request.headers.authorization;
    const provider = url.pathname === '/v1/listen' ? 'deepgram' : url.pathname === '/v1/realtime' ? 'openai' : undefined;
    const refuse = (status: number, body: string) => socket.end(`HTTP/1.1 ${status} Refused\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    if (!provider) return refuse(404, '{}');
    if (provider === 'deepgram' && auth !== `Token ${options.deepgramKey}`) return refuse(401, JSON.stringify({ err_code: 'INVALID_AUTH', err_msg: 'Invalid credentials.' }));
    if (provider === 'openai' && auth !== `Bearer ${options.openAiKey}`) return refuse(401, JSON.stringify({ error: { message: 'Incorrect API key provided.', type: 'invalid_request_error' } }));
    if (provider === 'deepgram' && (url.searchParams.get('encoding') !== 'linear16' || url.searchParams.get('sample_rate') !== '16000')) return refuse(400, '{"err_msg":"expected linear16 at 16000"}');
    if (provider === 'openai' && url.searchParams.get('intent') !== 'transcription') return refuse(400, '{"error":{"message":"expected intent=transcription"}}');
    wss.handleUpgrade(request, socket, head, (ws) => {
      const log: StreamLog = { provider, url: url.toString(), host: request.headers.host ?? '', audioBytes: 0, closedByClient: false };
      streams.push(log);
      if (provider === 'deepgram') serveDeepgram(ws, log, options.turns);
      else serveOpenAi(ws, log, options.turns);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    deepgramBaseUrl: `http://127.0.0.1:${port}`,
    openAiBaseUrl: `http://127.0.0.1:${port}/v1`,
    streams,
    openSockets: () => wss.clients.size,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Follows the turns as heard seconds grow: calls `interim` each new whole second of a turn and `final` at its end. */
function hearing(turns: SpokenTurn[], hooks: { interim: (turn: number, words: string, start: number, heard: number) => void; final: (turn: number, text: string, start: number, end: number) => void }) {
  let heardSeconds = 0;
  let turn = 0;
  let turnStart = 0;
  let lastInterim = 0;
  const finalise = (end: number) => {
    const current = turns[turn];
    if (!current) return;
    hooks.final(turn, current.text, turnStart, end);
    turnStart = end;
    turn += 1;
    lastInterim = 0;
  };
  return {
    add(seconds: number) {
      heardSeconds += seconds;
      while (turns[turn] && heardSeconds >= turnStart + turns[turn]!.seconds) finalise(turnStart + turns[turn]!.seconds);
      const current = turns[turn];
      const into = heardSeconds - turnStart;
      if (current && Math.floor(into) > lastInterim) {
        lastInterim = Math.floor(into);
        const words = current.text.split(' ');
        hooks.interim(turn, words.slice(0, Math.max(1, Math.floor((words.length * into) / current.seconds))).join(' '), turnStart, heardSeconds);
      }
    },
    /** The stream ends: a turn begun is final with what was heard of it. */
    end() {
      if (turns[turn] && heardSeconds > turnStart + 0.2) finalise(heardSeconds);
    },
  };
}

function serveDeepgram(ws: WebSocket, log: StreamLog, turns: SpokenTurn[]) {
  const results = (text: string, start: number, duration: number, isFinal: boolean) =>
    JSON.stringify({
      type: 'Results',
      channel_index: [0, 1],
      duration,
      start,
      is_final: isFinal,
      speech_final: isFinal,
      channel: { alternatives: [{ transcript: text, confidence: 0.97, words: [] }] },
      metadata: { request_id: 'fake', model_info: { name: 'fake' } },
    });
  const heard = hearing(turns, {
    interim: (_turn, words, start, now) => ws.send(results(words, start, now - start, false)),
    final: (_turn, text, start, end) => ws.send(results(text, start, end - start, true)),
  });
  ws.on('message', (data, isBinary) => {
    const bytes = data as Buffer;
    if (isBinary) {
      log.audioBytes += bytes.length;
      if (rms(bytes) > 20) heard.add(bytes.length / 2 / 16_000);
      return;
    }
    const message = JSON.parse(bytes.toString()) as { type?: string };
    if (message.type === 'CloseStream') {
      log.closedByClient = true;
      heard.end();
      ws.send(JSON.stringify({ type: 'Metadata', request_id: 'fake', duration: log.audioBytes / 32_000, channels: 1 }));
      ws.close(1000);
    }
  });
}

function serveOpenAi(ws: WebSocket, log: StreamLog, turns: SpokenTurn[]) {
  const send = (event: object) => ws.send(JSON.stringify({ event_id: `event_${Math.random().toString(36).slice(2)}`, ...event }));
  send({ type: 'session.created', session: { type: 'transcription' } });
  const itemOf = (turn: number) => `item_${turn}`;
  const started = new Set<number>();
  const start = (turn: number, at: number) => {
    if (started.has(turn)) return;
    started.add(turn);
    send({ type: 'input_audio_buffer.speech_started', audio_start_ms: Math.round(at * 1000), item_id: itemOf(turn) });
  };
  let sent = '';
  let finals = 0;
  const heard = hearing(turns, {
    interim: (turn, words, at) => {
      start(turn, at);
      const delta = words.slice(sent.length);
      sent = words;
      if (delta) send({ type: 'conversation.item.input_audio_transcription.delta', item_id: itemOf(turn), content_index: 0, delta });
    },
    final: (turn, text, at, end) => {
      start(turn, at);
      sent = '';
      finals += 1;
      send({ type: 'input_audio_buffer.speech_stopped', audio_end_ms: Math.round(end * 1000), item_id: itemOf(turn) });
      send({ type: 'input_audio_buffer.committed', item_id: itemOf(turn), previous_item_id: null });
      send({ type: 'conversation.item.input_audio_transcription.completed', item_id: itemOf(turn), content_index: 0, transcript: text });
    },
  });
  ws.on('message', (data) => {
    const event = JSON.parse((data as Buffer).toString()) as { type?: string; audio?: string; session?: { type?: string; audio?: { input?: { format?: { rate?: number } } } } };
    switch (event.type) {
      case 'session.update':
        log.sessionUpdate = event.session;
        if (event.session?.type !== 'transcription' || event.session.audio?.input?.format?.rate !== 24_000) {
          send({ type: 'error', error: { type: 'invalid_request_error', code: 'invalid_value', message: 'expected a transcription session at 24 kHz' } });
          return;
        }
        send({ type: 'session.updated', session: event.session });
        return;
      case 'input_audio_buffer.append': {
        const pcm = Buffer.from(event.audio ?? '', 'base64');
        log.audioBytes += pcm.length;
        if (rms(pcm) > 20) heard.add(pcm.length / 2 / 24_000);
        return;
      }
      case 'input_audio_buffer.commit': {
        log.closedByClient = true;
        const before = finals;
        heard.end();
        if (finals === before) send({ type: 'error', error: { type: 'invalid_request_error', code: 'input_audio_buffer_commit_empty', message: 'buffer too small' } });
        return;
      }
      case undefined:
      default:
        send({ type: 'error', error: { type: 'invalid_request_error', code: 'unknown_event', message: `unknown event ${String(event.type)}` } });
    }
  });
}
