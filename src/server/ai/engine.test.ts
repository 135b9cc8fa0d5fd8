import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AiUsageEvent } from '#server/ai/usage/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { createTestEngine, fakeCredentials, noLlmConfig, silentLog, testClock } from '#tests/support/fake-llm/test-engine.ts';
import { countWordsTask } from '#tests/support/fake-llm/tiny-task.ts';
import { createAiEngine } from './engine.ts';

const llmAnswer = { words: 3, firstWord: 'hello', source: 'llm' };

describe('the AI engine without an LLM', () => {
  it('answers offline by default, with no fallback reason', async () => {
    const engine = createAiEngine({ config: noLlmConfig, log: silentLog, clock: testClock });
    const { output, meta } = await engine.run(countWordsTask, { text: 'one two three four' });
    expect(output).toEqual({ words: 4, firstWord: 'one', source: 'offline' });
    expect(meta.engine).toBe('offline');
    expect(meta.fallbackReason).toBeUndefined();
    expect(meta.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('refuses --engine llm with a clear error when no LLM is configured', async () => {
    const engine = createAiEngine({ config: noLlmConfig, log: silentLog, clock: testClock });
    const error = await engine.run(countWordsTask, { text: 'hi' }, { engine: 'llm' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('unavailable');
    expect((error as AppError).message).toMatch(/No LLM is configured/);
  });

  it('treats a bad input as an internal fault (a plain Error, a 500), naming the task and the field for the log', async () => {
    const engine = createAiEngine({ config: noLlmConfig, log: silentLog, clock: testClock });
    const error = await engine.run(countWordsTask, { text: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(AppError);
    expect((error as Error).message).toContain('countWords');
    expect((error as Error).message).toContain('text: must not be empty');
  });

  it('uses the server configuration when no resolver is given', async () => {
    const fake = await startFakeOpenAi({ apiKey: 'sk-server' });
    try {
      fake.respondWith({ kind: 'json', value: llmAnswer });
      const config = { ...noLlmConfig, llm: { ...noLlmConfig.llm, provider: 'openai' as const, model: 'gpt-test', baseUrl: fake.baseUrl, apiKey: 'sk-server' } };
      const engine = createAiEngine({ config, log: silentLog, clock: testClock });
      const { output, meta } = await engine.run(countWordsTask, { text: 'hello big world' });
      expect(output).toEqual(llmAnswer);
      expect(meta).toMatchObject({ engine: 'llm', provider: 'openai', model: 'gpt-test' });
      const offline = await engine.run(countWordsTask, { text: 'hello big world' }, { engine: 'offline' });
      expect(offline.meta.engine).toBe('offline');
      expect(fake.requests).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});

describe('the AI engine falling back to offline', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFakeOpenAi({ apiKey: 'sk-test' });
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.respondWith({ kind: 'json', value: llmAnswer }));

  const run = (apiKey = 'sk-test', timeoutMs?: number) =>
    createTestEngine(fakeCredentials(fake, 'openai', 'gpt-test', apiKey), { timeoutMs }).run(countWordsTask, { text: 'hello big world' });

  it('falls back when the answer is not JSON', async () => {
    fake.respondWith({ kind: 'text', text: '{"words": 3, "firstWord": "hel' });
    const { output, meta } = await run();
    expect(output.source).toBe('offline');
    expect(meta).toMatchObject({ engine: 'offline', provider: 'openai', model: 'gpt-test', fallbackReason: 'invalid_output: not valid JSON' });
    expect(meta.usage).toEqual({ inputTokens: 21, outputTokens: 13 });
  });

  it('falls back when the JSON breaks the schema, naming the field', async () => {
    fake.respondWith({ kind: 'json', value: { words: 'three', firstWord: 'hello' } });
    const { output, meta } = await run();
    expect(output.source).toBe('offline');
    expect(meta.fallbackReason).toMatch(/^invalid_output: words: /);
  });

  it('falls back on a 401 with the provider message', async () => {
    const { output, meta } = await run('sk-wrong');
    expect(output.source).toBe('offline');
    expect(meta.fallbackReason).toBe('provider_error: 401 Incorrect API key provided: sk-wro***.');
  });

  it('falls back on a server error', async () => {
    fake.respondWith({ kind: 'error', status: 500, message: 'The server had an error while processing your request.' });
    const { meta } = await run();
    expect(meta.engine).toBe('offline');
    expect(meta.fallbackReason).toBe('provider_error: 500 The server had an error while processing your request.');
  });

  it('falls back on a timeout', async () => {
    fake.respondWith({ kind: 'hang' });
    const { output, meta } = await run('sk-test', 300);
    expect(output.source).toBe('offline');
    expect(meta.fallbackReason).toBe('timeout');
  });

  it('falls back when the resolver itself fails', async () => {
    const engine = createAiEngine({ config: noLlmConfig, log: silentLog, clock: testClock, resolveCredentials: () => Promise.reject(new Error('bad ciphertext')) });
    const { meta } = await engine.run(countWordsTask, { text: 'hello' });
    expect(meta).toMatchObject({ engine: 'offline', fallbackReason: 'provider_error: could not read the stored key' });
  });
});

describe('usage recording', () => {
  it('records every call, the LLM and the fallback, with who asked', async () => {
    const fake = await startFakeOpenAi();
    const events: AiUsageEvent[] = [];
    const at = new Date('2026-03-04T23:30:00Z');
    try {
      const engine = createTestEngine(fakeCredentials(fake, 'openai', 'gpt-test'), {
        recordUsage: (recorded) => {
          events.push(...recorded);
          return Promise.resolve();
        },
        clock: { now: () => at },
      });
      fake.respondWith({ kind: 'json', value: llmAnswer });
      await engine.run(countWordsTask, { text: 'a b c' }, { userId: 'u1', workspaceId: 'w1' });
      fake.respondWith({ kind: 'text', text: 'not json' });
      await engine.run(countWordsTask, { text: 'a b c' }, { userId: 'u1' });
      await engine.run(countWordsTask, { text: 'a b c' }, { engine: 'offline' });
    } finally {
      await fake.close();
    }
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ userId: 'u1', workspaceId: 'w1', task: 'countWords', engine: 'llm', provider: 'openai', model: 'gpt-test', credentialSource: 'server', inputTokens: 21, outputTokens: 13, at });
    expect(events[1]).toMatchObject({ userId: 'u1', engine: 'offline', provider: 'openai', fallbackReason: 'invalid_output: not valid JSON' });
    expect(events[2]).toMatchObject({ engine: 'offline', inputTokens: 0, outputTokens: 0 });
    expect(events[2]?.provider).toBeUndefined();
  });

  it('runs many inputs for one caller with one choice of engine and books their calls together, one event each', async () => {
    const batches: AiUsageEvent[][] = [];
    let resolved = 0;
    const engine = createAiEngine({
      config: noLlmConfig,
      log: silentLog,
      clock: testClock,
      resolveCredentials: () => Promise.resolve(void (resolved += 1)),
      recordUsage: (events) => Promise.resolve(void batches.push([...events])),
    });
    const results = await engine.runEach(countWordsTask, [{ text: 'one' }, { text: 'one two' }, { text: 'one two three' }], { userId: 'u1', workspaceId: 'w1' });
    expect(results.map(({ output }) => output.words)).toEqual([1, 2, 3]);
    expect(resolved).toBe(1);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(3);
    for (const event of batches[0]!) expect(event).toMatchObject({ userId: 'u1', workspaceId: 'w1', task: 'countWords', engine: 'offline' });
    expect(await engine.runEach(countWordsTask, [], { userId: 'u1' })).toEqual([]);
    expect(batches).toHaveLength(1);
  });

  it('never fails a call because recording failed', async () => {
    const engine = createTestEngine(undefined, { recordUsage: () => Promise.reject(new Error('database down')) });
    const { output } = await engine.run(countWordsTask, { text: 'still works' });
    expect(output.words).toBe(2);
  });
});
