import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { countWordsTask } from '#tests/support/fake-llm/tiny-task.ts';
import { createCliEngine, EngineFlagError, parseEngineFlag } from './ai-engine.ts';

describe('the CLI engine', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFakeOpenAi({ apiKey: 'sk-cli' });
  });
  afterAll(() => fake.close());

  const llmEnv = () => ({ LLM_PROVIDER: 'openai', LLM_MODEL: 'gpt-cli', LLM_BASE_URL: fake.baseUrl, LLM_API_KEY: 'sk-cli', LLM_TIMEOUT_MS: '2000' });

  it('accepts offline and llm, rejects anything else by name', () => {
    expect(parseEngineFlag(undefined)).toBe('auto');
    expect(parseEngineFlag('offline')).toBe('offline');
    expect(() => parseEngineFlag('gpt')).toThrow('--engine must be "offline" or "llm" (got "gpt")');
  });

  it('refuses --engine llm when the environment configures no LLM', () => {
    expect(() => createCliEngine('llm', { env: {} })).toThrow(EngineFlagError);
    expect(() => createCliEngine('llm', { env: {} })).toThrow(/LLM_PROVIDER/);
  });

  it('answers offline by default without an LLM', async () => {
    const { output, meta } = await createCliEngine(undefined, { env: {} }).run(countWordsTask, { text: 'one two' });
    expect(output.words).toBe(2);
    expect(meta.engine).toBe('offline');
  });

  it('uses the configured LLM, and --engine offline overrides it', async () => {
    fake.respondWith({ kind: 'json', value: { words: 9, firstWord: 'x', source: 'llm' } });
    const viaLlm = await createCliEngine(undefined, { env: llmEnv() }).run(countWordsTask, { text: 'one two' });
    expect(viaLlm.meta).toMatchObject({ engine: 'llm', model: 'gpt-cli' });
    const offline = await createCliEngine('offline', { env: llmEnv() }).run(countWordsTask, { text: 'one two' });
    expect(offline.meta.engine).toBe('offline');
  });

  it('warns once on stderr when the LLM fails and answers offline', async () => {
    fake.respondWith({ kind: 'text', text: 'no json here' });
    const warnings: string[] = [];
    const engine = createCliEngine('llm', { env: llmEnv(), warn: (message) => warnings.push(message) });
    const first = await engine.run(countWordsTask, { text: 'one two' });
    await engine.run(countWordsTask, { text: 'three four' });
    expect(first.output.source).toBe('offline');
    expect(warnings).toEqual(['parley: the LLM (gpt-cli) failed: invalid_output: not valid JSON; answered with the offline engine']);
  });
});
