import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownAudioFixtures, readAudioFixture, spokenAnswer, type AudioFixture } from '#tests/support/audio-fixtures.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { startFakeDeepgram, startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { multipartBody } from '#tests/support/hiring-http.ts';
import { fliteAnswer, readFliteAnswer, runOfflineSpeech } from '#tests/support/offline-speech.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { wordErrorRate } from '#tests/support/word-error-rate.ts';

const spokenMs = Math.round(spokenAnswer.seconds * 1000);
/** A recording past the app's 1 MB JSON body limit: the spoken WAV followed by 2 MB the header does not count. */
const longRecording = Buffer.concat([readAudioFixture('answer.wav'), Buffer.alloc(2 * 1024 * 1024)]);
const longRecordingSha = createHash('sha256').update(longRecording).digest('hex');

async function postRecording(t: TestApp, caller: Caller | undefined, audio: Buffer, options: { field?: string; type?: string } = {}) {
  const { payload, headers } = await multipartBody([{ name: 'recording', data: audio, type: options.type ?? 'audio/webm;codecs=opus' }], options.field ?? 'audio');
  return t.app.inject({
    method: 'POST',
    url: '/api/speech/transcriptions',
    payload,
    headers: { ...headers, origin: t.config.publicUrl, ...(caller ? { cookie: caller.cookie } : {}) },
  });
}

describe('speech-to-text routes', () => {
  let serverOpenAi: FakeServer;
  let deepgram: FakeServer;
  let t: TestApp;
  let keyless: TestApp;
  beforeAll(async () => {
    [serverOpenAi, deepgram] = await Promise.all([
      startFakeOpenAi({ apiKey: 'sk-server-key-1234', recordings: { ...knownAudioFixtures(), [longRecordingSha]: { text: 'A long answer.', seconds: 65.5 } } }),
      startFakeDeepgram({ apiKey: 'dg-user-key-5678', recordings: knownAudioFixtures() }),
    ]);
    [t, keyless] = await Promise.all([
      // The administrator allowed this machine, where the user's own speech server (the fake Deepgram) runs.
      createTestApp({ OPENAI_API_KEY: 'sk-server-key-1234', STT_BASE_URL: serverOpenAi.baseUrl, STT_MAX_BYTES: String(3 * 1024 * 1024), OUTBOUND_ALLOW: '127.0.0.1' }),
      createTestApp(),
    ]);
  });
  afterAll(() => Promise.all([t.close(), keyless.close(), serverOpenAi.close(), deepgram.close()]));

  it("transcribes a recording with the server's key when the user has none", async () => {
    const user = await signUp(t);
    expect((await call(t, 'GET', '/api/speech/availability', { cookie: user.cookie })).json()).toMatchObject({ available: true, provider: 'openai' });
    for (const fixture of ['answer.webm', 'answer.wav'] satisfies AudioFixture[]) {
      const response = await postRecording(t, user, readAudioFixture(fixture));
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ text: spokenAnswer.text, durationMs: spokenMs, provider: 'openai', model: 'whisper-1', roughDraft: false });
    }
    expect(serverOpenAi.requests.at(-1)?.headers.authorization).toBe('Bearer sk-server-key-1234');
    const long = await postRecording(t, user, longRecording, { type: 'audio/wav' });
    expect(long.json()).toEqual({ text: 'A long answer.', durationMs: 65_500, provider: 'openai', model: 'whisper-1', roughDraft: false });
  });

  it("uses the user's own key before the server's", async () => {
    const user = await signUp(t);
    const stored = await call(t, 'PUT', '/api/me/keys/deepgram', { cookie: user.cookie, payload: { apiKey: 'dg-user-key-5678', baseUrl: deepgram.baseUrl.replace(/\/v1$/, '') } });
    expect(stored.statusCode).toBe(204);
    expect((await call(t, 'GET', '/api/speech/availability', { cookie: user.cookie })).json()).toMatchObject({ available: true, provider: 'deepgram' });
    const sentToServerKey = serverOpenAi.requests.length;
    const response = await postRecording(t, user, readAudioFixture('answer.ogg'));
    expect(response.json()).toEqual({ text: spokenAnswer.text, durationMs: spokenMs, provider: 'deepgram', model: 'nova-3', roughDraft: false });
    expect(deepgram.requests.at(-1)?.headers).toMatchObject({ authorization: 'Token dg-user-key-5678', 'content-type': 'audio/ogg' });
    expect(serverOpenAi.requests.length).toBe(sentToServerKey);
  });

  it('says why voice is unavailable when neither the user nor the server has a key, and refuses to transcribe', async () => {
    const user = await signUp(keyless);
    const availability = (await call(keyless, 'GET', '/api/speech/availability', { cookie: user.cookie })).json();
    const reason: string = availability.reason;
    expect(reason).toMatch(/^No speech-to-text key: add an OpenAI or Deepgram key in Settings → Keys\./);
    expect(availability).toMatchObject({ available: false, offline: { enabled: false, serverDefault: false } });
    const response = await postRecording(keyless, user, readAudioFixture('answer.webm'));
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'conflict', message: reason });
  });

  it.runIf(runOfflineSpeech)('transcribes offline, with no key at all, once the user switches the rough draft on', { timeout: 120_000 }, async () => {
    const user = await signUp(keyless);
    const switchedOn = await call(keyless, 'PUT', '/api/speech/offline', { cookie: user.cookie, payload: { enabled: true } });
    expect(switchedOn.json()).toEqual({ available: true, provider: 'offline', offline: { enabled: true, serverDefault: false, missingPackages: [] } });
    expect((await call(keyless, 'GET', '/api/speech/availability', { cookie: user.cookie })).json()).toMatchObject({ available: true, provider: 'offline' });
    const response = await postRecording(keyless, user, readFliteAnswer('answer.webm'));
    expect(response.statusCode, response.body).toBe(200);
    const transcription = response.json();
    expect(transcription).toMatchObject({ provider: 'offline', model: 'pocketsphinx-en-us', roughDraft: true });
    expect(wordErrorRate(fliteAnswer.text, transcription.text), transcription.text).toBeLessThanOrEqual(0.3);
    expect(transcription.words.length).toBeGreaterThan(10);

    const other = await signUp(keyless);
    expect((await call(keyless, 'GET', '/api/speech/availability', { cookie: other.cookie })).json()).toMatchObject({ available: false, offline: { enabled: false } });
    const switchedOff = await call(keyless, 'PUT', '/api/speech/offline', { cookie: user.cookie, payload: { enabled: false } });
    expect(switchedOff.json()).toMatchObject({ available: false, offline: { enabled: false } });
    expect((await call(keyless, 'PUT', '/api/speech/offline', { cookie: user.cookie, payload: { enabled: 'yes' } })).statusCode).toBe(400);
  });

  it('names what is wrong with a bad upload', async () => {
    const user = await signUp(t);
    const empty = await postRecording(t, user, Buffer.alloc(0));
    expect([empty.statusCode, empty.json().error.message]).toEqual([400, 'The recording is empty: record an answer and send it again.']);
    const text = await postRecording(t, user, Buffer.from('Hello, I typed this instead of speaking.'), { type: 'audio/webm' });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.message).toBe('The file (sent as audio/webm) is not audio Parley can transcribe: send WebM, Ogg, WAV, MP3, MP4/M4A or FLAC.');
    const oversized = await postRecording(t, user, Buffer.concat([longRecording, Buffer.alloc(1024 * 1024)]));
    expect(oversized.statusCode).toBe(413);
    expect(oversized.json().error.message).toBe('The recording is larger than 3 MB, the most speech-to-text takes. Record a shorter answer.');
    const wrongField = await postRecording(t, user, readAudioFixture('answer.wav'), { field: 'file' });
    expect([wrongField.statusCode, wrongField.json().error.message]).toEqual([400, 'Unexpected file field "file": send the recording in a field named "audio".']);
    const json = await call(t, 'POST', '/api/speech/transcriptions', { cookie: user.cookie, payload: { audio: 'base64?' } });
    expect([json.statusCode, json.json().error.message]).toEqual([415, 'Send the recording as multipart/form-data in a field named "audio".']);
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, 'GET', '/api/speech/availability')).statusCode).toBe(401);
    expect((await postRecording(t, undefined, readAudioFixture('answer.wav'))).statusCode).toBe(401);
  });
});
