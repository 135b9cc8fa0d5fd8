import { describe, expect, it } from 'vitest';
import { loadConfig } from '#server/config.ts';
import { createSpeechCredentialResolver, type StoredSpeechKey } from './speech-credentials.ts';

function resolverFor(env: Record<string, string>, stored: Record<string, StoredSpeechKey> = {}) {
  const config = loadConfig({ DATA_DIR: '/tmp/parley-speech-unit', ...env });
  return createSpeechCredentialResolver({ config, findUserKey: (userId, provider, workspaceId) => Promise.resolve(stored[`${userId}:${provider}`] ?? (workspaceId ? stored[`${workspaceId}:${provider}`] : undefined)) });
}

describe('which key transcribes', () => {
  it("uses the caller's own key before the server's, with the provider's default model", async () => {
    const resolve = resolverFor({ OPENAI_API_KEY: 'sk-server' }, { 'u1:deepgram': { apiKey: 'dg-user', source: 'user' } });
    expect(await resolve('u1')).toEqual({ provider: 'deepgram', apiKey: 'dg-user', model: 'nova-3', source: 'user' });
    expect(await resolve('u2')).toEqual({ provider: 'openai', apiKey: 'sk-server', model: 'whisper-1', source: 'server' });
  });

  it("uses the workspace's key for work in it after the caller's own, before the server's", async () => {
    const resolve = resolverFor({ OPENAI_API_KEY: 'sk-server' }, { 'w1:deepgram': { apiKey: 'dg-workspace', source: 'workspace' }, 'u1:openai': { apiKey: 'sk-user', source: 'user' } });
    expect(await resolve('u2', 'w1')).toEqual({ provider: 'deepgram', apiKey: 'dg-workspace', model: 'nova-3', source: 'workspace' });
    expect(await resolve('u1', 'w1')).toMatchObject({ apiKey: 'sk-user', source: 'user' });
    expect(await resolve('u2')).toMatchObject({ apiKey: 'sk-server', source: 'server' });
    expect(await resolve('u2', 'w2')).toMatchObject({ apiKey: 'sk-server', source: 'server' });
  });

  it("asks for the server's provider first among the caller's keys, and keeps a key's own base URL", async () => {
    const stored: Record<string, StoredSpeechKey> = { 'u1:openai': { apiKey: 'sk-user', baseUrl: 'https://gateway.example.test/v1', source: 'user' }, 'u1:deepgram': { apiKey: 'dg-user', source: 'user' } };
    expect((await resolverFor({}, stored)('u1'))?.provider).toBe('openai');
    expect(await resolverFor({ STT_PROVIDER: 'deepgram', STT_MODEL: 'nova-2' }, stored)('u1')).toMatchObject({ provider: 'deepgram', model: 'nova-2' });
    expect(await resolverFor({ STT_BASE_URL: 'https://stt.example.test/v1' }, stored)('u1')).toMatchObject({ baseUrl: 'https://gateway.example.test/v1' });
  });

  it('sends the server key to STT_BASE_URL with STT_MODEL; a bare DEEPGRAM_API_KEY is enough', async () => {
    const resolve = resolverFor({ OPENAI_API_KEY: 'sk-server', STT_MODEL: 'gpt-4o-mini-transcribe', STT_BASE_URL: 'http://127.0.0.1:9/v1' });
    expect(await resolve('u1')).toEqual({ provider: 'openai', apiKey: 'sk-server', model: 'gpt-4o-mini-transcribe', baseUrl: 'http://127.0.0.1:9/v1', source: 'server' });
    expect(await resolverFor({ DEEPGRAM_API_KEY: 'dg-server' })('u1')).toMatchObject({ provider: 'deepgram', source: 'server' });
  });

  it('has nothing when no key is stored or configured, or STT_PROVIDER names a provider without a server key', async () => {
    expect(await resolverFor({})('u1')).toBeUndefined();
    expect(await resolverFor({ STT_PROVIDER: 'deepgram', OPENAI_API_KEY: 'sk-llm-only' })('u1')).toBeUndefined();
  });
});
