import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { createTestEngine, fakeCredentials } from '#tests/support/fake-llm/test-engine.ts';
import type { AiEngine } from './engine.ts';
import type { AiUsageEvent } from './usage/index.ts';

const words = 'Thanks for that. Could you tell me what you measured after the migration?';

async function collect(engine: AiEngine) {
  const stream = engine.streamText({
    task: 'nextTurn',
    system: 'You are a friendly interviewer.',
    messages: [
      { role: 'assistant', content: 'Tell me about a migration you led.' },
      { role: 'user', content: 'We moved our billing system to Kafka.' },
    ],
    fallback: () => 'Thank you. Let us move on to the next question.',
  });
  const deltas: string[] = [];
  for await (const delta of stream.textStream) deltas.push(delta);
  return { deltas, ...(await stream.done) };
}

describe.each([
  ['openai', startFakeOpenAi, 'gpt-4.1-mini'],
  ['openai-compatible', startFakeOpenAi, 'qwen2.5:7b'],
  ['anthropic', startFakeAnthropic, 'claude-haiku-4-5'],
] as const)('streaming text over %s', (provider, start, model) => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await start();
  });
  afterAll(() => fake.close());

  it('yields the deltas in order and reports usage', async () => {
    fake.respondWith({ kind: 'text', text: words });
    const events: AiUsageEvent[] = [];
    const engine = createTestEngine(fakeCredentials(fake, provider, model), {
      recordUsage: (recorded) => {
        events.push(...recorded);
        return Promise.resolve();
      },
    });
    const { deltas, text, meta } = await collect(engine);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe(words);
    expect(text).toBe(words);
    expect(meta).toMatchObject({ engine: 'llm', provider, model, usage: { inputTokens: 21, outputTokens: 13 } });
    expect(events).toEqual([expect.objectContaining({ task: 'nextTurn', engine: 'llm', inputTokens: 21, outputTokens: 13 })]);
    const body = JSON.stringify(fake.requests.at(-1)?.body);
    expect(body).toContain('"stream":true');
    expect(body).toContain('We moved our billing system to Kafka.');
  });

  it('says the offline words when the provider fails before speaking', async () => {
    fake.respondWith({ kind: 'error', status: 500, message: 'overloaded' });
    const { deltas, meta } = await collect(createTestEngine(fakeCredentials(fake, provider, model)));
    expect(deltas).toEqual(['Thank you. Let us move on to the next question.']);
    expect(meta).toMatchObject({ engine: 'offline', provider, fallbackReason: 'provider_error: 500 overloaded' });
  });
});

describe('streaming text without an LLM', () => {
  it('says the offline words', async () => {
    const { deltas, meta } = await collect(createTestEngine(undefined));
    expect(deltas).toEqual(['Thank you. Let us move on to the next question.']);
    expect(meta.engine).toBe('offline');
    expect(meta.fallbackReason).toBeUndefined();
  });

  it('falls back on a timeout', async () => {
    const fake = await startFakeOpenAi();
    try {
      fake.respondWith({ kind: 'hang' });
      const { deltas, meta } = await collect(createTestEngine(fakeCredentials(fake, 'openai', 'gpt-test'), { timeoutMs: 300 }));
      expect(deltas).toEqual(['Thank you. Let us move on to the next question.']);
      expect(meta.fallbackReason).toBe('timeout');
    } finally {
      await fake.close();
    }
  });
});
