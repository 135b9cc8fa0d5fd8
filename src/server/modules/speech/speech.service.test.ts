import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#server/config.ts';
import { knownAudioFixtures, readAudioFixture, spokenAnswer } from '#tests/support/audio-fixtures.ts';
import { formDataOf, startFakeDeepgram, startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { createWorkQueue } from './offline/work-queue.ts';
import { createSpeechCredentialResolver } from './speech-credentials.ts';
import type { SpeechDeps } from './speech-deps.ts';
import { transcribeRecording, type Recording } from './speech.service.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const spokenMs = Math.round(spokenAnswer.seconds * 1000);

describe('speech service against providers at the wire', () => {
  let openai: FakeServer;
  let deepgram: FakeServer;
  beforeAll(async () => {
    [openai, deepgram] = await Promise.all([
      startFakeOpenAi({ apiKey: 'sk-server-key-1234', recordings: knownAudioFixtures() }),
      startFakeDeepgram({ apiKey: 'dg-server-key-5678', recordings: knownAudioFixtures() }),
    ]);
  });
  afterAll(() => Promise.all([openai.close(), deepgram.close()]));

  function speechDepsFor(env: Record<string, string>, userKey?: { apiKey: string; baseUrl: string }): SpeechDeps {
    const config = loadConfig({ DATA_DIR: '/tmp/parley-speech-unit', ...env });
    const resolveCredentials = createSpeechCredentialResolver({ config, findUserKey: (_userId, provider) => Promise.resolve(provider === 'openai' && userKey ? { ...userKey, source: 'user' as const } : undefined) });
    // The offline rough draft is never reached here: these users have a key (and its programs are named missing).
    const offline = {
      commands: { ffmpeg: 'parley-missing-ffmpeg', pocketsphinxBatch: 'parley-missing-pocketsphinx', modelDir: '/nonexistent' },
      queue: createWorkQueue({ concurrency: 1, maxWaiting: 1 }),
      isOptedIn: () => Promise.resolve(false),
      setOptedIn: () => Promise.resolve(),
    };
    return { config, resolveCredentials, fetch, offline };
  }
  const transcribe = (deps: SpeechDeps, recording: Recording) => transcribeRecording(deps, { userId: 'u1', role: 'user' }, recording);
  const viaOpenAi = (env: Record<string, string> = {}) => speechDepsFor({ OPENAI_API_KEY: 'sk-server-key-1234', STT_BASE_URL: openai.baseUrl, ...env });
  const viaDeepgram = () => speechDepsFor({ DEEPGRAM_API_KEY: 'dg-server-key-5678', STT_BASE_URL: deepgram.baseUrl.replace(/\/v1$/, '') });

  it('OpenAI whisper-1: sends each recording as a file named for its real format and takes the duration it reports', async () => {
    for (const name of ['answer.wav', 'answer.ogg', 'answer.webm'] as const) {
      const audio = readAudioFixture(name);
      const result = await transcribe(viaOpenAi(), { audio, mimeType: 'application/octet-stream' });
      expect(result).toEqual({ text: spokenAnswer.text, durationMs: spokenMs, provider: 'openai', model: 'whisper-1', roughDraft: false });
      const sent = await formDataOf(openai.requests.at(-1)!);
      const file = sent.get('file') as File;
      expect(file.name).toBe(`answer.${name.split('.')[1]}`);
      expect(sha256(Buffer.from(await file.arrayBuffer()))).toBe(sha256(audio));
      expect([sent.get('model'), sent.get('response_format')]).toEqual(['whisper-1', 'verbose_json']);
      expect(openai.requests.at(-1)?.headers.authorization).toBe('Bearer sk-server-key-1234');
    }
  });

  it('OpenAI gpt-4o models answer plain JSON: the WAV header gives the duration, a WebM has none', async () => {
    const speech = viaOpenAi({ STT_MODEL: 'gpt-4o-mini-transcribe' });
    expect(await transcribe(speech, { audio: readAudioFixture('answer.wav') })).toEqual({
      text: spokenAnswer.text,
      durationMs: spokenMs,
      provider: 'openai',
      model: 'gpt-4o-mini-transcribe',
      roughDraft: false,
    });
    expect((await transcribe(speech, { audio: readAudioFixture('answer.webm') })).durationMs).toBeNull();
  });

  it('Deepgram: posts the raw audio with its content type, model and formatting, and reads metadata.duration', async () => {
    const audio = readAudioFixture('answer.webm');
    expect(await transcribe(viaDeepgram(), { audio })).toEqual({ text: spokenAnswer.text, durationMs: spokenMs, provider: 'deepgram', model: 'nova-3', roughDraft: false });
    const sent = deepgram.requests.at(-1)!;
    expect(sent).toMatchObject({ path: '/v1/listen', query: { model: 'nova-3', smart_format: 'true', punctuate: 'true' } });
    expect(sent.headers).toMatchObject({ authorization: 'Token dg-server-key-5678', 'content-type': 'audio/webm' });
    expect(sha256(sent.rawBody)).toBe(sha256(audio));
  });

  it('refuses empty, oversized and non-audio recordings before any provider is called', async () => {
    const before = openai.requests.length;
    const speech = viaOpenAi({ STT_MAX_BYTES: '1000' });
    await expect(transcribe(speech, { audio: Buffer.alloc(0) })).rejects.toMatchObject({ code: 'bad_request', message: expect.stringMatching(/empty/) });
    await expect(transcribe(speech, { audio: readAudioFixture('answer.wav') })).rejects.toMatchObject({
      code: 'payload_too_large',
      message: 'The recording is 156 KB; speech-to-text takes at most 1 KB. Record a shorter answer.',
    });
    await expect(transcribe(speech, { audio: Buffer.from('%PDF-1.7 not a recording'), mimeType: 'audio/webm' })).rejects.toMatchObject({
      code: 'unsupported_media_type',
      message: 'The file (sent as audio/webm) is not audio Parley can transcribe: send WebM, Ogg, WAV, MP3, MP4/M4A or FLAC.',
    });
    expect(openai.requests.length).toBe(before);
  });

  it("names a refused key without echoing it, whoever's key it was", async () => {
    const userKey = { apiKey: 'sk-user-wrong-key-9999', baseUrl: openai.baseUrl };
    const failure = transcribe(speechDepsFor({}, userKey), { audio: readAudioFixture('answer.wav') });
    await expect(failure).rejects.toMatchObject({ code: 'bad_gateway', message: 'OpenAI refused your API key (Settings → Keys) for speech-to-text (401).' });
    const serverFailure = transcribe(speechDepsFor({ DEEPGRAM_API_KEY: 'dg-stale', STT_BASE_URL: deepgram.baseUrl.replace(/\/v1$/, '') }), { audio: readAudioFixture('answer.ogg') });
    await expect(serverFailure).rejects.toMatchObject({ code: 'bad_gateway', message: "Deepgram refused the server's API key for speech-to-text (401)." });
  });

  it('maps refused keys and garbage to 502, outages to 503, and a recording the provider cannot read to 422', async () => {
    const audio = readAudioFixture('answer.wav');
    openai.enqueue({ kind: 'error', status: 429, type: 'insufficient_quota', message: 'You exceeded your current quota (key sk-server-key-1234).' });
    await expect(transcribe(viaOpenAi(), { audio })).rejects.toMatchObject({
      code: 'unavailable',
      message: 'OpenAI is refusing more speech-to-text requests for now (429: You exceeded your current quota (key [key]).). Try again later.',
    });
    openai.enqueue({ kind: 'error', status: 500, message: 'The server had an error' });
    await expect(transcribe(viaOpenAi(), { audio })).rejects.toMatchObject({ code: 'unavailable', message: 'OpenAI could not transcribe right now (500). Try again in a moment.' });

    // A recording the provider cannot read is the caller's to fix: 422 with the provider's reason, never a 502.
    const unknown = Buffer.concat([audio.subarray(0, 44), Buffer.alloc(3200)]);
    await expect(transcribe(viaDeepgram(), { audio: unknown })).rejects.toMatchObject({
      code: 'unprocessable',
      message: expect.stringMatching(/^Deepgram could not transcribe the recording \(400: the fake knows no recording/),
    });

    const garbage = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"hello":"world"}'));
    await new Promise<void>((resolve) => garbage.listen(0, '127.0.0.1', resolve));
    const garbageUrl = `http://127.0.0.1:${(garbage.address() as AddressInfo).port}/v1`;
    await expect(transcribe(speechDepsFor({ OPENAI_API_KEY: 'sk-x', STT_BASE_URL: garbageUrl }), { audio })).rejects.toMatchObject({
      code: 'bad_gateway',
      message: 'OpenAI answered with something that is not a transcript.',
    });
    await new Promise<void>((resolve) => garbage.close(() => resolve()));
    await expect(transcribe(speechDepsFor({ OPENAI_API_KEY: 'sk-x', STT_BASE_URL: garbageUrl }), { audio })).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/^Could not reach OpenAI for speech-to-text: /),
    });
  });

  it('refuses a recording that holds no sound with a 422 before any provider is asked', async () => {
    const before = openai.requests.length;
    const ebmlHeaderOnly = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6d]);
    const emptyWav = Buffer.from(readAudioFixture('answer.wav').subarray(0, 44));
    emptyWav.writeUInt32LE(0, 40);
    for (const audio of [ebmlHeaderOnly, emptyWav]) {
      await expect(transcribe(viaOpenAi(), { audio, mimeType: 'audio/webm' })).rejects.toMatchObject({ code: 'unprocessable', message: expect.stringContaining('holds no sound') });
    }
    expect(openai.requests.length).toBe(before);
  });

  it('gives up on a provider that never answers', async () => {
    openai.enqueue({ kind: 'hang' });
    await expect(transcribe(viaOpenAi({ STT_TIMEOUT_MS: '300' }), { audio: readAudioFixture('answer.wav') })).rejects.toMatchObject({
      code: 'unavailable',
      message: 'OpenAI did not answer within 0.3 seconds. Try again, or record a shorter answer.',
    });
  });
});
