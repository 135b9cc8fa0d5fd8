import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, startFakeDeepgram, startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { testCredentials } from './test-credentials.ts';

describe('testing a provider key with one real call', () => {
  let openai: FakeServer;
  let anthropic: FakeServer;
  let deepgram: FakeServer;
  beforeAll(async () => {
    [openai, anthropic, deepgram] = await Promise.all([
      startFakeOpenAi({ apiKey: 'sk-good' }),
      startFakeAnthropic({ apiKey: 'sk-ant-good' }),
      startFakeDeepgram({ apiKey: 'dg-good' }),
    ]);
  });
  afterAll(() => Promise.all([openai.close(), anthropic.close(), deepgram.close()]));

  it('openai: lists models with the bearer key', async () => {
    expect(await testCredentials('openai', { apiKey: 'sk-good', baseUrl: openai.baseUrl })).toEqual({ ok: true });
    expect(openai.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1/models' });
    expect(await testCredentials('openai', { apiKey: 'sk-bad', baseUrl: openai.baseUrl })).toEqual({
      ok: false,
      message: '401: Incorrect API key provided: sk-bad***.',
    });
    expect(await testCredentials('openai', {})).toEqual({ ok: false, message: 'An API key is required' });
  });

  it('openai-compatible: needs a base URL, the key is optional', async () => {
    expect(await testCredentials('openai-compatible', { apiKey: 'sk-good', baseUrl: `${openai.baseUrl}/` })).toEqual({ ok: true });
    expect((await testCredentials('openai-compatible', {})).ok).toBe(false);
  });

  it('anthropic: lists models with x-api-key', async () => {
    expect(await testCredentials('anthropic', { apiKey: 'sk-ant-good', baseUrl: anthropic.baseUrl })).toEqual({ ok: true });
    expect(anthropic.requests.at(-1)?.headers['x-api-key']).toBe('sk-ant-good');
    expect(await testCredentials('anthropic', { apiKey: 'sk-ant-bad', baseUrl: anthropic.baseUrl })).toEqual({ ok: false, message: '401: invalid x-api-key' });
  });

  it('deepgram: lists projects with a Token header', async () => {
    expect(await testCredentials('deepgram', { apiKey: 'dg-good', baseUrl: deepgram.baseUrl })).toEqual({ ok: true });
    expect(deepgram.requests.at(-1)?.headers.authorization).toBe('Token dg-good');
    expect(await testCredentials('deepgram', { apiKey: 'dg-bad', baseUrl: deepgram.baseUrl })).toEqual({ ok: false, message: '401: Invalid credentials.' });
  });

  it('livekit: checks the key format and that the server answers', async () => {
    const serverUrl = openai.baseUrl.replace(/^http/, 'ws');
    const good = { apiKey: 'APIabc123', apiSecret: 'a-secret-of-enough-length', url: serverUrl };
    expect(await testCredentials('livekit', good)).toEqual({ ok: true });
    expect(await testCredentials('livekit', { ...good, apiSecret: 'short' })).toEqual({ ok: false, message: 'The API secret looks too short' });
    expect(await testCredentials('livekit', { ...good, url: 'not a url' })).toMatchObject({ ok: false, message: expect.stringContaining('wss://') });
  });

  it('reports an unreachable server plainly', async () => {
    const result = await testCredentials('openai', { apiKey: 'sk-good', baseUrl: 'http://127.0.0.1:1/v1' });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Could not reach the provider/) });
  });
});
