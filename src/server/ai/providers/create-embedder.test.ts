import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import type { AiUsageEvent } from '#server/ai/usage/usage-event.ts';
import { createEmbedder } from './create-embedder.ts';
import { LlmCallError } from './llm-call-error.ts';

const cosine = (a: number[], b: number[]) => {
  const dot = a.reduce((sum, x, i) => sum + x * b[i]!, 0);
  return dot / (Math.hypot(...a) * Math.hypot(...b));
};

describe('createEmbedder (OpenAI /v1/embeddings protocol)', () => {
  let server: FakeServer;
  beforeAll(async () => {
    server = await startFakeOpenAi({ apiKey: 'sk-embed' });
  });
  afterAll(async () => server.close());

  it('embeds several texts in one call, in order, with the key and model', async () => {
    const embedder = createEmbedder({ model: 'text-embedding-3-small', baseUrl: server.baseUrl, apiKey: 'sk-embed', timeoutMs: 5000 });
    const [nurse, icu, chef] = await embedder.embed(['registered nurse, wound care', 'ICU nurse: wound care and medication', 'pastry chef']);
    expect(cosine(nurse!, icu!)).toBeGreaterThan(cosine(nurse!, chef!));
    const call = server.requests.at(-1)!;
    expect(call).toMatchObject({ path: '/v1/embeddings', body: { model: 'text-embedding-3-small', input: expect.any(Array) } });
    expect(call.headers.authorization).toBe('Bearer sk-embed');
    expect(await embedder.embed([])).toEqual([]);
  });

  it('books each call as the installation’s usage, with the tokens the provider counted', async () => {
    const events: AiUsageEvent[] = [];
    const at = new Date('2026-05-01T10:00:00Z');
    const embedder = createEmbedder(
      { model: 'text-embedding-3-small', baseUrl: server.baseUrl, apiKey: 'sk-embed', timeoutMs: 5000 },
      { recordUsage: (recorded) => Promise.resolve(void events.push(...recorded)), now: () => at },
    );
    await embedder.embed(['registered nurse, wound care', 'pastry chef']);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ task: 'embed', engine: 'llm', model: 'text-embedding-3-small', credentialSource: 'server', outputTokens: 0, at });
    expect(events[0]!.userId).toBeUndefined();
    expect(events[0]!.inputTokens).toBeGreaterThan(0);
  });

  it('turns a refusal into an LlmCallError naming the status', async () => {
    const embedder = createEmbedder({ model: 'text-embedding-3-small', baseUrl: server.baseUrl, apiKey: 'sk-wrong', timeoutMs: 5000 });
    const failure = await embedder.embed(['anything']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LlmCallError);
    expect((failure as LlmCallError).reason).toMatch(/^provider_error: 401/);
  });

  it('gives up after the timeout', async () => {
    server.enqueue({ kind: 'hang' });
    const embedder = createEmbedder({ model: 'text-embedding-3-small', baseUrl: server.baseUrl, apiKey: 'sk-embed', timeoutMs: 200 });
    const failure = await embedder.embed(['anything']).catch((error: unknown) => error);
    expect((failure as LlmCallError).reason).toBe('timeout');
  });
});
