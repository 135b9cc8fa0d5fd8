import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveNote } from '#shared/contracts/interviews.ts';
import type { TranscriptSegment } from '#shared/contracts/room-speech.ts';
import { knownAudioFixtures, readAudioFixture, spokenAnswer } from '#tests/support/audio-fixtures.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { openEventStream } from '#tests/support/event-stream.ts';
import { startFakeDeepgram, startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { fliteAnswer, readFliteAnswer, runOfflineSpeech } from '#tests/support/offline-speech.ts';
import { bookRoom, type Room } from '#tests/support/room-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { wordErrorRate } from '#tests/support/word-error-rate.ts';

/** A microphone segment as the room page sends it; `extra` fields try to pass themselves off as something else. */
async function postSegment(t: TestApp, room: Room, cookie: string, audio: Buffer, fields: Record<string, string> = { startMs: '0', endMs: '5000' }) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('audio', new Blob([new Uint8Array(audio)], { type: 'audio/webm;codecs=opus' }), 'segment.webm');
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return t.app.inject({
    method: 'POST',
    url: `/api/interviews/${room.interviewId}/transcript/audio`,
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')!, origin: t.config.publicUrl, cookie },
  });
}

const clock = () => new Date('2027-03-01T09:00:00Z');

describe('speech-to-text in the live room', () => {
  let openAi: FakeServer;
  let deepgram: FakeServer;
  let t: TestApp;
  let url: string;
  let rita: Caller;
  let room: Room;

  beforeAll(async () => {
    [openAi, deepgram] = await Promise.all([
      startFakeOpenAi({ apiKey: 'sk-server-key-1234', recordings: knownAudioFixtures() }),
      startFakeDeepgram({ apiKey: 'dg-owner-key-5678', recordings: knownAudioFixtures() }),
    ]);
    t = await createTestApp({ OPENAI_API_KEY: 'sk-server-key-1234', STT_BASE_URL: openAi.baseUrl, OUTBOUND_ALLOW: '127.0.0.1', PUBLIC_URL: 'https://parley.example' }, { now: clock });
    rita = await signUp(t, { name: 'Rita Recruiter' });
    room = await bookRoom(t, rita);
    url = await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => Promise.all([t.close(), openAi.close(), deepgram.close()]));

  it('keeps speech off until the host switches it on, and the candidate out of the switch, the notes and the transcript (403)', async () => {
    const wav = readAudioFixture('answer.wav');
    expect((await postSegment(t, room, room.host, wav)).statusCode).toBe(409);
    for (const path of ['speech', 'notes', 'transcript']) expect((await call(t, 'GET', `/api/interviews/${room.interviewId}/${path}`, { cookie: room.candidate })).statusCode, path).toBe(403);
    expect((await call(t, 'PUT', `/api/interviews/${room.interviewId}/speech`, { cookie: room.candidate, payload: { enabled: true } })).statusCode).toBe(403);
    const off = await call(t, 'GET', `/api/interviews/${room.interviewId}/speech`, { cookie: room.host });
    expect(off.json()).toEqual({ enabled: false, available: true, provider: 'openai', rough: false, reason: null });
    const on = await call(t, 'PUT', `/api/interviews/${room.interviewId}/speech`, { cookie: room.host, payload: { enabled: true } });
    expect(on.json()).toEqual({ enabled: true, available: true, provider: 'openai', rough: false, reason: null });
    expect((await call(t, 'GET', `/api/interviews/${room.interviewId}/lobby`, { cookie: room.candidate })).json()).toMatchObject({ speechOn: true, consentAt: null });

    const early = await postSegment(t, room, room.candidate, readAudioFixture('answer.webm'));
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/candidate has not accepted the recording notice/);
    expect(openAi.requests).toHaveLength(0);
  });

  it('transcribes the candidate’s microphone as the candidate, whatever the body says, and the copilot notes it on the host’s stream', async () => {
    expect((await call(t, 'POST', '/api/room/consent', { cookie: room.candidate })).statusCode).toBe(200);
    const stream = await openEventStream(`${url}/api/interviews/${room.interviewId}/notes/stream`, { cookie: room.host });
    try {
      const first = await postSegment(t, room, room.candidate, readAudioFixture('answer.webm'), { startMs: '1000', endMs: '6000', speaker: 'host' });
      expect(first.statusCode, first.body).toBe(202);
      expect(first.json().segment).toMatchObject({ seq: 1, speaker: 'candidate', text: spokenAnswer.text, startMs: 1000, endMs: 6000, source: 'stt', confidence: null });
      expect(openAi.requests.at(-1)?.headers.authorization).toBe('Bearer sk-server-key-1234');
      const second = await postSegment(t, room, room.candidate, readAudioFixture('answer.ogg'), { startMs: '7000', endMs: '12000' });
      expect(second.json().segment).toMatchObject({ seq: 2, speaker: 'candidate' });
      const seen: LiveNote[] = [];
      while (!seen.some((note) => note.source === 'ai')) seen.push(JSON.parse((await stream.next(20_000)).data) as LiveNote);
      const ai = seen.filter((note) => note.source === 'ai');
      for (const note of ai) if (note.quote) expect(spokenAnswer.text).toContain(note.quote);
    } finally {
      stream.close();
    }
    const hostSaid = await postSegment(t, room, room.host, readAudioFixture('answer.wav'), { startMs: '13000', endMs: '18000' });
    expect(hostSaid.json().segment).toMatchObject({ seq: 3, speaker: 'host', source: 'stt' });
    const typed = await call(t, 'POST', `/api/interviews/${room.interviewId}/transcript`, { cookie: room.host, payload: { speaker: 'host', text: 'Thank you.' } });
    expect(typed.json()).toEqual({ accepted: true, seq: 4 });
    const transcript = (await call(t, 'GET', `/api/interviews/${room.interviewId}/transcript`, { cookie: room.host })).json<TranscriptSegment[]>();
    expect(transcript.map((segment) => [segment.speaker, segment.source])).toEqual([
      ['candidate', 'stt'],
      ['candidate', 'stt'],
      ['host', 'stt'],
      ['host', 'typed'],
    ]);
  });

  it("uses the owner's own Deepgram key before the server's", async () => {
    const stored = await call(t, 'PUT', '/api/me/keys/deepgram', { cookie: rita.cookie, payload: { apiKey: 'dg-owner-key-5678', baseUrl: deepgram.baseUrl.replace(/\/v1$/, '') } });
    expect(stored.statusCode).toBe(204);
    const sentToServer = openAi.requests.length;
    const response = await postSegment(t, room, room.host, readAudioFixture('answer.ogg'), { startMs: '20000', endMs: '25000' });
    expect(response.json().segment).toMatchObject({ speaker: 'host', text: spokenAnswer.text, source: 'stt' });
    expect(deepgram.requests.at(-1)?.headers.authorization).toBe('Token dg-owner-key-5678');
    expect(openAi.requests.length).toBe(sentToServer);
  });

  it('names what is wrong: timing (400), non-audio (415), size (413), speech off (409), a revoked link (401)', async () => {
    const wav = readAudioFixture('answer.wav');
    const backwards = await postSegment(t, room, room.candidate, wav, { startMs: '5000', endMs: '4000' });
    expect([backwards.statusCode, backwards.json().error.message]).toEqual([400, 'endMs: must be after startMs']);
    const missing = await postSegment(t, room, room.candidate, wav, { endMs: '4000' });
    expect([missing.statusCode, missing.json().error.message.startsWith('startMs:')]).toEqual([400, true]);
    const text = await postSegment(t, room, room.candidate, Buffer.from('Hello, I typed this instead of speaking.'));
    expect(text.statusCode).toBe(415);
    const oversized = await postSegment(t, room, room.candidate, Buffer.concat([wav, Buffer.alloc(3 * 1024 * 1024)]));
    expect(oversized.statusCode).toBe(413);
    expect((await call(t, 'PUT', `/api/interviews/${room.interviewId}/speech`, { cookie: room.host, payload: { enabled: false } })).json()).toMatchObject({ enabled: false });
    const off = await postSegment(t, room, room.candidate, wav);
    expect([off.statusCode, off.json().error.message]).toEqual([409, 'Speech-to-text is off in this room: the host switches it on, or types the transcript.']);
    await call(t, 'PUT', `/api/interviews/${room.interviewId}/speech`, { cookie: room.host, payload: { enabled: true } });
    expect((await call(t, 'POST', `/api/interviews/${room.interviewId}/links/candidate/revoke`, { cookie: rita.cookie })).statusCode).toBe(204);
    expect((await postSegment(t, room, room.candidate, wav)).statusCode).toBe(401);
    const other = await bookRoom(t, rita);
    expect((await postSegment(t, room, other.host, wav)).statusCode).toBe(404);
    const transcript = (await call(t, 'GET', `/api/interviews/${room.interviewId}/transcript`, { cookie: room.host })).json<TranscriptSegment[]>();
    expect(transcript).toHaveLength(5);
  });
});

describe.runIf(runOfflineSpeech)('offline speech-to-text in the live room (no key)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({}, { now: clock });
  });
  afterAll(() => t.close());

  it('transcribes a spoken answer as a rough segment once the owner opted in to the offline rough draft', { timeout: 180_000 }, async () => {
    const owner = await signUp(t, { name: 'Olga Owner' });
    const room = await bookRoom(t, owner);
    const unavailable = await call(t, 'PUT', `/api/interviews/${room.interviewId}/speech`, { cookie: room.host, payload: { enabled: true } });
    expect(unavailable.json()).toMatchObject({ enabled: true, available: false, provider: null, reason: expect.stringMatching(/^No speech-to-text key/) });
    expect((await call(t, 'PUT', '/api/speech/offline', { cookie: owner.cookie, payload: { enabled: true } })).statusCode).toBe(200);
    expect((await call(t, 'GET', `/api/interviews/${room.interviewId}/speech`, { cookie: room.host })).json()).toEqual({ enabled: true, available: true, provider: 'offline', rough: true, reason: null });
    expect((await call(t, 'POST', '/api/room/consent', { cookie: room.candidate })).statusCode).toBe(200);

    const response = await postSegment(t, room, room.candidate, readFliteAnswer('answer.webm'), { startMs: '0', endMs: '9700' });
    expect(response.statusCode, response.body).toBe(202);
    const segment = response.json<{ segment: TranscriptSegment }>().segment;
    expect(segment).toMatchObject({ speaker: 'candidate', source: 'stt_offline', startMs: 0, endMs: 9700 });
    expect(segment.confidence).toBeGreaterThan(0);
    expect(wordErrorRate(fliteAnswer.text, segment.text), segment.text).toBeLessThanOrEqual(0.35);
    const transcript = (await call(t, 'GET', `/api/interviews/${room.interviewId}/transcript`, { cookie: room.host })).json<TranscriptSegment[]>();
    expect(transcript).toEqual([segment]);
    const notes = (await call(t, 'GET', `/api/interviews/${room.interviewId}/notes`, { cookie: room.host })).json<LiveNote[]>();
    expect(notes.some((note) => /not enough to go on/i.test(note.text))).toBe(true);
  });
});
