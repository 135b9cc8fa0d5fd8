import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { LiveNote } from '#shared/contracts/interviews.ts';
import { roomStreamServerMessageSchema, type RoomStreamServerMessage, type TranscriptSegment } from '#shared/contracts/room-speech.ts';
import { readAudioFixture, spokenAnswer } from '#tests/support/audio-fixtures.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { startFakeStreamingSpeech, type FakeStreamingSpeech } from '#tests/support/fake-llm/index.ts';
import { bookRoom, type Room } from '#tests/support/room-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

/** The samples of the 16 kHz mono WAV fixture (its `data` chunk). */
function pcmOf(wav: Buffer): Buffer {
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    if (id === 'data') return wav.subarray(offset + 8, offset + 8 + size);
    offset += 8 + size + (size % 2);
  }
  throw new Error('no data chunk');
}

/** 16 kHz → 24 kHz by linear interpolation, as the browser's worklet resamples for OpenAI. */
function to24k(pcm16k: Buffer): Buffer {
  const count = pcm16k.length / 2;
  const outCount = Math.floor((count * 3) / 2);
  const out = Buffer.alloc(outCount * 2);
  for (let index = 0; index < outCount; index += 1) {
    const position = (index * 2) / 3;
    const left = Math.floor(position);
    const right = Math.min(count - 1, left + 1);
    const value = pcm16k.readInt16LE(left * 2) * (1 - (position - left)) + pcm16k.readInt16LE(right * 2) * (position - left);
    out.writeInt16LE(Math.round(value), index * 2);
  }
  return out;
}

type Streamed = { messages: RoomStreamServerMessage[]; code: number };

/** Connects to the room's live speech socket; refused before the upgrade, it resolves with the HTTP status. */
function connect(url: string, interviewId: string, headers: Record<string, string>): Promise<{ socket: WebSocket; messages: RoomStreamServerMessage[]; closed: Promise<number> } | { status: number }> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/api/interviews/${interviewId}/transcript/stream`, { headers });
  const messages: RoomStreamServerMessage[] = [];
  socket.on('message', (data) => messages.push(roomStreamServerMessageSchema.parse(JSON.parse((data as Buffer).toString('utf8')))));
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket, messages, closed }));
    socket.once('unexpected-response', (_request, response) => resolve({ status: response.statusCode ?? 0 }));
    socket.once('error', reject);
  });
}

/** Streams the PCM in 100 ms frames once the server is ready, then stops, and collects what the server said. */
async function streamPcm(url: string, interviewId: string, cookie: string, origin: string, pcmAt: (sampleRate: number) => Buffer): Promise<Streamed> {
  const opened = await connect(url, interviewId, { cookie, origin });
  if ('status' in opened) throw new Error(`refused: ${opened.status}`);
  const { socket, messages, closed } = opened;
  while (!messages.some((message) => message.type !== 'interim' && message.type !== 'segment') && socket.readyState === socket.OPEN) await new Promise((resolve) => setTimeout(resolve, 10));
  const ready = messages.find((message) => message.type === 'ready');
  if (ready?.type === 'ready') {
    const pcm = pcmAt(ready.sampleRate);
    const frame = (ready.sampleRate / 10) * 2;
    for (let offset = 0; offset < pcm.length; offset += frame) socket.send(pcm.subarray(offset, offset + frame));
    socket.send(JSON.stringify({ type: 'stop' }));
  }
  return { messages, code: await closed };
}

describe('live speech-to-text in the room (decision 049)', () => {
  let providers: FakeStreamingSpeech;
  let t: TestApp;
  let url: string;
  let origin: string;
  let rita: Caller;
  let room: Room;
  let nowMs = Date.parse('2027-03-01T09:00:00Z');
  const speech16k = pcmOf(readAudioFixture('answer.wav'));
  const pcmAt = (rate: number) => (rate === 24_000 ? to24k(speech16k) : speech16k);
  const words = spokenAnswer.text.split(' ');
  const half = Math.ceil(words.length / 2);
  // The answer as two turns; the copilot needs 25 words from the candidate (and whole answers), so they say it twice more.
  const turns = [
    { text: words.slice(0, half).join(' '), seconds: spokenAnswer.seconds / 2 },
    { text: words.slice(half).join(' '), seconds: spokenAnswer.seconds / 2 },
  ];
  const thrice = [...turns, { text: spokenAnswer.text, seconds: spokenAnswer.seconds }, { text: spokenAnswer.text, seconds: spokenAnswer.seconds }];

  beforeAll(async () => {
    providers = await startFakeStreamingSpeech({ deepgramKey: 'dg-owner-key-5678', openAiKey: 'sk-server-key-1234', turns: thrice });
    t = await createTestApp({ OPENAI_API_KEY: 'sk-server-key-1234', STT_BASE_URL: providers.openAiBaseUrl, OUTBOUND_ALLOW: '127.0.0.1', PUBLIC_URL: 'https://parley.example' }, { now: () => new Date(nowMs) });
    origin = t.config.publicUrl;
    rita = await signUp(t, { name: 'Rita Recruiter' });
    room = await bookRoom(t, rita);
    url = await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => Promise.all([t.close(), providers.close()]));

  it('refuses a socket before the upgrade: no cookie (401), another site (403), speech off or no consent (409)', async () => {
    expect(await connect(url, room.interviewId, { origin })).toEqual({ status: 401 });
    expect(await connect(url, room.interviewId, { cookie: room.host, origin: 'https://evil.example' })).toEqual({ status: 403 });
    expect(await connect(url, room.interviewId, { cookie: room.host, origin })).toEqual({ status: 409 });
    expect((await call(t, 'PUT', `/api/interviews/${room.interviewId}/speech`, { cookie: room.host, payload: { enabled: true } })).statusCode).toBe(200);
    expect(await connect(url, room.interviewId, { cookie: room.candidate, origin })).toEqual({ status: 409 });
    expect(providers.streams).toHaveLength(0);
  });

  it("streams the host's microphone to OpenAI realtime with the server's key: finals stored as the host's, timed from consent, interims only shown", async () => {
    expect((await call(t, 'POST', '/api/room/consent', { cookie: room.candidate })).statusCode).toBe(200);
    nowMs += 10_000;
    const { messages, code } = await streamPcm(url, room.interviewId, room.host, origin, pcmAt);
    expect(code).toBe(1000);
    expect(messages[0]).toEqual({ type: 'ready', provider: 'openai', sampleRate: 24_000, speaker: 'host' });
    expect(messages.filter((message) => message.type === 'interim').length).toBeGreaterThan(0);
    const segments = messages.flatMap((message) => (message.type === 'segment' ? [message.segment] : []));
    expect(segments.map((segment) => [segment.speaker, segment.text, segment.source])).toEqual(turns.map((turn) => ['host', turn.text, 'stt']));
    const halfMs = Math.round((spokenAnswer.seconds / 2) * 1000);
    expect(segments[0]).toMatchObject({ startMs: 10_000, endMs: 10_000 + halfMs });
    expect(segments[1]!.startMs).toBe(10_000 + halfMs);
    expect(segments[1]!.endMs).toBeGreaterThan(10_000 + halfMs);
    const stream = providers.streams.at(-1)!;
    expect(stream).toMatchObject({ provider: 'openai', closedByClient: true, audioBytes: pcmAt(24_000).length });
    expect(stream.sessionUpdate).toMatchObject({ type: 'transcription', audio: { input: { format: { type: 'audio/pcm', rate: 24_000 } } } });
    const transcript = (await call(t, 'GET', `/api/interviews/${room.interviewId}/transcript`, { cookie: room.host })).json<TranscriptSegment[]>();
    expect(transcript.map((segment) => segment.text)).toEqual(turns.map((turn) => turn.text));
  });

  it("streams the candidate as the candidate through the owner's own Deepgram key (guarded), and the copilot notes it", async () => {
    const stored = await call(t, 'PUT', '/api/me/keys/deepgram', { cookie: rita.cookie, payload: { apiKey: 'dg-owner-key-5678', baseUrl: providers.deepgramBaseUrl } });
    expect(stored.statusCode, stored.body).toBe(204);
    const { messages, code } = await streamPcm(url, room.interviewId, room.candidate, origin, () => Buffer.concat([speech16k, speech16k, speech16k]));
    expect(code).toBe(1000);
    expect(messages).toEqual([{ type: 'ready', provider: 'deepgram', sampleRate: 16_000, speaker: 'candidate' }]);
    expect(providers.streams.at(-1)).toMatchObject({ provider: 'deepgram', closedByClient: true, audioBytes: speech16k.length * 3 });
    expect(new URL(providers.streams.at(-1)!.url).searchParams.get('interim_results')).toBe('true');
    const transcript = (await call(t, 'GET', `/api/interviews/${room.interviewId}/transcript`, { cookie: room.host })).json<TranscriptSegment[]>();
    expect(transcript.slice(2).map((segment) => [segment.speaker, segment.text, segment.source])).toEqual(thrice.map((turn) => ['candidate', turn.text, 'stt']));
    expect(transcript[2]).toMatchObject({ startMs: 10_000, endMs: 10_000 + Math.round((spokenAnswer.seconds / 2) * 1000) });
    const notes = (await call(t, 'GET', `/api/interviews/${room.interviewId}/notes`, { cookie: room.host })).json<LiveNote[]>();
    expect(notes.some((note) => note.source === 'ai'), JSON.stringify(notes)).toBe(true);
    for (const note of notes.filter((each) => each.source === 'ai' && each.quote)) expect(spokenAnswer.text).toContain(note.quote);
  });

  it('says clearly when the provider refuses the key, and typing still works', async () => {
    expect((await call(t, 'PUT', '/api/me/keys/deepgram', { cookie: rita.cookie, payload: { apiKey: 'dg-wrong-key-0000', baseUrl: providers.deepgramBaseUrl } })).statusCode).toBe(204);
    const { messages, code } = await streamPcm(url, room.interviewId, room.host, origin, pcmAt);
    expect(code).toBe(4502);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'error' });
    expect(messages[0]?.type === 'error' && messages[0].message).toMatch(/Deepgram refused the room owner's API key .*\(401\).*Typing the transcript still works/);
    const typed = await call(t, 'POST', `/api/interviews/${room.interviewId}/transcript`, { cookie: room.host, payload: { speaker: 'host', text: 'Thank you.' } });
    expect(typed.statusCode).toBe(202);
    expect((await call(t, 'DELETE', '/api/me/keys/deepgram', { cookie: rita.cookie })).statusCode).toBe(204);
  });

  it("streams through the workspace's own Deepgram key when the owner has none (the owner's first, then the workspace's, then the server's)", async () => {
    const workspaces = (await call(t, 'GET', '/api/workspaces', { cookie: rita.cookie })).json<{ items: { id: string; name: string }[] }>().items;
    const workspaceId = workspaces.find((workspace) => workspace.name === 'Northwind hiring')!.id;
    const stored = await call(t, 'PUT', `/api/workspaces/${workspaceId}/keys/deepgram`, { cookie: rita.cookie, payload: { apiKey: 'dg-owner-key-5678', baseUrl: providers.deepgramBaseUrl } });
    expect(stored.statusCode, stored.body).toBe(204);
    const before = providers.streams.length;
    const { messages, code } = await streamPcm(url, room.interviewId, room.host, origin, () => speech16k);
    expect(code).toBe(1000);
    expect(messages[0]).toEqual({ type: 'ready', provider: 'deepgram', sampleRate: 16_000, speaker: 'host' });
    expect(providers.streams).toHaveLength(before + 1);
    expect(providers.streams.at(-1)).toMatchObject({ provider: 'deepgram', closedByClient: true, audioBytes: speech16k.length });
    expect((await call(t, 'DELETE', `/api/workspaces/${workspaceId}/keys/deepgram`, { cookie: rita.cookie })).statusCode).toBe(204);
  });

  it('closes the socket, and the provider stream, when the link is revoked', async () => {
    const opened = await connect(url, room.interviewId, { cookie: room.candidate, origin });
    if ('status' in opened) throw new Error(`refused: ${opened.status}`);
    while (opened.messages.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(opened.messages[0]).toMatchObject({ type: 'ready', provider: 'openai' });
    opened.socket.send(pcmAt(24_000).subarray(0, 4800));
    expect(providers.openSockets()).toBe(1);
    expect((await call(t, 'POST', `/api/interviews/${room.interviewId}/links/candidate/revoke`, { cookie: rita.cookie })).statusCode).toBe(204);
    expect(await opened.closed).toBe(4401);
    expect(opened.messages.at(-1)).toMatchObject({ type: 'closed', reason: expect.stringMatching(/not valid/) });
    while (providers.openSockets() > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await connect(url, room.interviewId, { cookie: room.candidate, origin })).toEqual({ status: 401 });
  });
});
