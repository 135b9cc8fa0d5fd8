import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, startFakeDeepgram, startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { startFakeServer, writeJson, type RecordedRequest } from '#tests/support/fake-llm/fake-server.ts';
import { createModel } from './create-model.ts';
import { testCredentials } from './test-credentials.ts';

const liveKitSecret = 'lk-secret-of-enough-length';

/** The JWT of a LiveKit request, checked the way a LiveKit server does: HMAC-SHA256 with the API secret. */
function liveKitTokenOf(request: RecordedRequest): { valid: boolean; payload: Record<string, unknown> } {
  const [header = '', payload = '', signature = ''] = String(request.headers.authorization).replace('Bearer ', '').split('.');
  const valid = createHmac('sha256', liveKitSecret).update(`${header}.${payload}`).digest('base64url') === signature;
  return { valid, payload: JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown> };
}

function startFakeLiveKit(): Promise<FakeServer> {
  return startFakeServer({
    routes: { 'POST /twirp/livekit.RoomService/ListRooms': ({ res }) => writeJson(res, 200, { rooms: [] }) },
    authenticate: (request) => (liveKitTokenOf(request).valid ? undefined : { kind: 'error', status: 401, message: 'invalid token: signature is invalid' }),
    writeError: (res, reply) => writeJson(res, reply.status, { code: 'unauthenticated', msg: reply.message }),
  });
}

/** The fakes answer under /v1; a server root is the same address without it. */
const rootOf = (server: FakeServer) => server.baseUrl.replace(/\/v1$/, '');

describe('testing a provider key with one real call', () => {
  let openai: FakeServer;
  let anthropic: FakeServer;
  let deepgram: FakeServer;
  let livekit: FakeServer;
  beforeAll(async () => {
    [openai, anthropic, deepgram, livekit] = await Promise.all([
      startFakeOpenAi({ apiKey: 'sk-good' }),
      startFakeAnthropic({ apiKey: 'sk-ant-good' }),
      startFakeDeepgram({ apiKey: 'dg-good' }),
      startFakeLiveKit(),
    ]);
  });
  afterAll(() => Promise.all([openai.close(), anthropic.close(), deepgram.close(), livekit.close()]));

  it('openai: lists models with the bearer key under the base URL (with /v1)', async () => {
    expect(await testCredentials('openai', { apiKey: 'sk-good', baseUrl: openai.baseUrl })).toEqual({ ok: true, message: 'OpenAI accepted the credentials.' });
    expect(openai.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1/models', headers: { authorization: 'Bearer sk-good' } });
    expect(await testCredentials('openai', { apiKey: 'sk-bad', baseUrl: openai.baseUrl })).toEqual({
      ok: false,
      message: 'OpenAI answered 401: Incorrect API key provided: sk-bad***.',
    });
    expect(await testCredentials('openai', { apiKey: '' })).toEqual({ ok: false, message: 'OpenAI needs an API key.' });
  });

  it('openai-compatible: needs a base URL (a trailing slash is fine), the key is optional', async () => {
    expect(await testCredentials('openai-compatible', { apiKey: 'sk-good', baseUrl: `${openai.baseUrl}/` })).toEqual({ ok: true, message: 'The server accepted the credentials.' });
    expect(openai.requests.at(-1)?.path).toBe('/v1/models');
    expect(await testCredentials('openai-compatible', { apiKey: 'x' })).toMatchObject({ ok: false, message: expect.stringMatching(/base URL is required/) });
  });

  it("anthropic: lists models with x-api-key under the same base URL the AI SDK uses (with /v1)", async () => {
    expect(await testCredentials('anthropic', { apiKey: 'sk-ant-good', baseUrl: anthropic.baseUrl })).toEqual({ ok: true, message: 'Anthropic accepted the credentials.' });
    expect(anthropic.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1/models', headers: { 'x-api-key': 'sk-ant-good', 'anthropic-version': '2023-06-01' } });
    expect(await testCredentials('anthropic', { apiKey: 'sk-ant-bad', baseUrl: anthropic.baseUrl })).toEqual({ ok: false, message: 'Anthropic answered 401: invalid x-api-key' });

    // The key is really used by the AI SDK with this very base URL: both calls land under the same /v1.
    anthropic.respondWith({ kind: 'text', text: 'Hello.' });
    const { model } = createModel({ provider: 'anthropic', apiKey: 'sk-ant-good', baseUrl: anthropic.baseUrl, model: 'claude-haiku-4-5', source: 'user' });
    await generateText({ model, prompt: 'Say hello.', maxOutputTokens: 32 });
    expect(anthropic.requests.at(-1)).toMatchObject({ method: 'POST', path: '/v1/messages' });
  });

  it('deepgram: lists projects with a Token header under the server root, as the transcriber calls /v1/listen', async () => {
    expect(await testCredentials('deepgram', { apiKey: 'dg-good', baseUrl: rootOf(deepgram) })).toEqual({ ok: true, message: 'Deepgram accepted the credentials.' });
    expect(deepgram.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1/projects', headers: { authorization: 'Token dg-good' } });
    expect(await testCredentials('deepgram', { apiKey: 'dg-bad', baseUrl: rootOf(deepgram) })).toEqual({ ok: false, message: 'Deepgram answered 401: Invalid credentials.' });
  });

  it('livekit: lists rooms with a token signed by the API secret, over HTTP from the wss:// server URL', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const serverUrl = rootOf(livekit).replace(/^http/, 'ws');
    const good = { apiKey: 'APIabc123', apiSecret: liveKitSecret, baseUrl: serverUrl };
    expect(await testCredentials('livekit', good, { now: () => now })).toEqual({ ok: true, message: 'LiveKit accepted the credentials.' });
    const request = livekit.requests.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', path: '/twirp/livekit.RoomService/ListRooms' });
    const token = liveKitTokenOf(request);
    expect(token.valid).toBe(true);
    expect(token.payload).toMatchObject({ iss: 'APIabc123', video: { roomList: true }, exp: now.getTime() / 1000 + 60 });

    expect(await testCredentials('livekit', { ...good, apiSecret: 'another-secret-entirely' })).toEqual({ ok: false, message: 'LiveKit answered 401: invalid token: signature is invalid' });
    expect(await testCredentials('livekit', { apiKey: 'APIabc123', baseUrl: serverUrl })).toEqual({ ok: false, message: 'LiveKit needs an API key and an API secret.' });
    expect(await testCredentials('livekit', { ...good, baseUrl: 'not a url' })).toMatchObject({ ok: false, message: expect.stringContaining('wss://') });
  });

  it('reports an unreachable server and a silent one plainly, naming the address', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = await testCredentials('openai-compatible', { apiKey: 'x', baseUrl: `http://127.0.0.1:${port}/v1` });
    expect(unreachable.ok).toBe(false);
    expect(unreachable.message).toContain(`Could not reach http://127.0.0.1:${port}/v1/models: `);
    expect(unreachable.message).toMatch(/ECONNREFUSED/);

    openai.enqueue({ kind: 'hang' });
    expect(await testCredentials('openai', { apiKey: 'sk-good', baseUrl: openai.baseUrl }, { timeoutMs: 300 })).toEqual({
      ok: false,
      message: `Could not reach ${openai.baseUrl}/models: no answer within 300 ms`,
    });
  });
});
