import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboundGuard, type OutboundGuard } from '#server/platform/outbound/index.ts';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { createTestEngine, fakeCredentials, noLlmConfig } from '#tests/support/fake-llm/test-engine.ts';
import { countWordsTask } from '#tests/support/fake-llm/tiny-task.ts';
import { createCredentialResolver } from './credentials.ts';

/** A user's stored key is called through the outbound guard; the server's own configuration is not (decision 015). */
describe('AI calls with a user-supplied base URL go through the outbound guard', () => {
  let fake: FakeServer;
  let allowList: string[] = [];
  let guard: OutboundGuard;
  beforeAll(async () => {
    fake = await startFakeOpenAi({ apiKey: 'sk-user' });
    fake.respondWith({ kind: 'json', value: { words: 3, firstWord: 'hello', source: 'llm' } });
    guard = createOutboundGuard({ allowList: async () => allowList });
  });
  afterAll(async () => {
    await guard.close();
    await fake.close();
  });

  it('hands the guarded fetch to stored keys only', async () => {
    const resolve = createCredentialResolver({
      config: { ...noLlmConfig, keys: { ...noLlmConfig.keys, openai: 'sk-server' } },
      findStoredKey: async (owner) => (owner.id === 'u1' ? { provider: 'openai', apiKey: 'sk-user', baseUrl: fake.baseUrl } : undefined),
      guardedFetch: guard.fetch,
    });
    expect((await resolve({ userId: 'u1' }))?.fetch).toBe(guard.fetch);
    expect((await resolve({ userId: 'u2' }))?.fetch).toBeUndefined();
  });

  it('never sends the prompt to a loopback base URL; the engine falls back to offline', async () => {
    allowList = [];
    const before = fake.requests.length;
    const engine = createTestEngine({ ...fakeCredentials(fake, 'openai', 'gpt-4.1-mini', 'sk-user'), source: 'user', fetch: guard.fetch });
    const { output, meta } = await engine.run(countWordsTask, { text: 'hello brave world' });
    expect(meta.engine).toBe('offline');
    expect(output.words).toBe(3);
    expect(fake.requests.length).toBe(before);
  });

  it('calls it once an administrator allowed the host', async () => {
    allowList = ['127.0.0.1'];
    const engine = createTestEngine({ ...fakeCredentials(fake, 'openai', 'gpt-4.1-mini', 'sk-user'), source: 'user', fetch: guard.fetch });
    const { meta } = await engine.run(countWordsTask, { text: 'hello brave world' });
    expect(meta.engine).toBe('llm');
    expect(fake.requests.at(-1)?.path).toBe('/v1/chat/completions');
  });
});
