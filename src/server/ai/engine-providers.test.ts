import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { createTestEngine, fakeCredentials } from '#tests/support/fake-llm/test-engine.ts';
import { countWordsTask } from '#tests/support/fake-llm/tiny-task.ts';

const llmAnswer = { words: 3, firstWord: 'hello', source: 'llm' };
const input = { text: 'hello brave world' };

type ChatRequestBody = {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; schema: { properties: Record<string, unknown> } } };
};
type MessagesRequestBody = {
  model: string;
  system: { type: string; text: string }[];
  messages: { role: string; content: { type: string; text: string }[] }[];
  output_config?: { format: { type: string } };
  tools?: { name: string }[];
  tool_choice?: { type: string; name?: string };
};

describe('the LLM engine over the OpenAI chat-completions protocol', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFakeOpenAi({ apiKey: 'sk-openai' });
    fake.respondWith({ kind: 'json', value: llmAnswer });
  });
  afterAll(() => fake.close());

  it('openai: sends model, key, schema and the input; returns the validated answer', async () => {
    const engine = createTestEngine(fakeCredentials(fake, 'openai', 'gpt-4.1-mini', 'sk-openai'));
    const { output, meta } = await engine.run(countWordsTask, input);
    expect(output).toEqual(llmAnswer);
    expect(meta).toMatchObject({ engine: 'llm', provider: 'openai', model: 'gpt-4.1-mini', usage: { inputTokens: 21, outputTokens: 13 } });
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe('Bearer sk-openai');
    const body = request.body as ChatRequestBody;
    expect(body.model).toBe('gpt-4.1-mini');
    expect(body.response_format?.type).toBe('json_schema');
    expect(body.response_format?.json_schema?.name).toBe('countWords');
    expect(Object.keys(body.response_format?.json_schema?.schema.properties ?? {})).toEqual(['words', 'firstWord', 'source']);
    expect(body.messages[0]).toMatchObject({ role: 'system' });
    expect(body.messages[0]?.content).toContain('You count words.');
    expect(body.messages[0]?.content).toContain('"firstWord"');
    expect(body.messages[1]).toMatchObject({ role: 'user' });
    expect(body.messages[1]?.content).toContain('hello brave world');
  });

  it('openai-compatible (Ollama, vLLM, LM Studio): same protocol, the configured base URL and model', async () => {
    const engine = createTestEngine(fakeCredentials(fake, 'openai-compatible', 'llama3.2:3b', 'sk-openai'));
    const { output, meta } = await engine.run(countWordsTask, input);
    expect(output).toEqual(llmAnswer);
    expect(meta).toMatchObject({ engine: 'llm', provider: 'openai-compatible', model: 'llama3.2:3b' });
    const body = fake.requests.at(-1)!.body as ChatRequestBody;
    expect(body.model).toBe('llama3.2:3b');
    expect(body.response_format?.type).toBe('json_schema');
    expect(body.messages[1]?.content).toContain('hello brave world');
  });
});

describe('the LLM engine over the Anthropic messages protocol', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFakeAnthropic({ apiKey: 'sk-ant' });
    fake.respondWith({ kind: 'json', value: llmAnswer });
  });
  afterAll(() => fake.close());

  it('native structured output (current models)', async () => {
    const engine = createTestEngine(fakeCredentials(fake, 'anthropic', 'claude-haiku-4-5', 'sk-ant'));
    const { output, meta } = await engine.run(countWordsTask, input);
    expect(output).toEqual(llmAnswer);
    expect(meta).toMatchObject({ engine: 'llm', provider: 'anthropic', model: 'claude-haiku-4-5', usage: { inputTokens: 21, outputTokens: 13 } });
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe('/v1/messages');
    expect(request.headers['x-api-key']).toBe('sk-ant');
    expect(request.headers['anthropic-version']).toBeTruthy();
    const body = request.body as MessagesRequestBody;
    expect(body.model).toBe('claude-haiku-4-5');
    expect(body.output_config?.format.type).toBe('json_schema');
    expect(body.system[0]?.text).toContain('You count words.');
    expect(body.messages[0]?.content[0]?.text).toContain('hello brave world');
  });

  it('JSON-tool structured output (older models)', async () => {
    const engine = createTestEngine(fakeCredentials(fake, 'anthropic', 'claude-3-haiku-20240307', 'sk-ant'));
    const { output, meta } = await engine.run(countWordsTask, input);
    expect(output).toEqual(llmAnswer);
    expect(meta.engine).toBe('llm');
    const body = fake.requests.at(-1)!.body as MessagesRequestBody;
    expect(['any', 'tool']).toContain(body.tool_choice?.type);
    expect(body.tools?.[0]?.name).toBe('json');
  });

  it('falls back on a 401 with the provider message', async () => {
    const engine = createTestEngine(fakeCredentials(fake, 'anthropic', 'claude-haiku-4-5', 'sk-wrong'));
    const { output, meta } = await engine.run(countWordsTask, input);
    expect(output.source).toBe('offline');
    expect(meta.fallbackReason).toBe('provider_error: 401 invalid x-api-key');
  });

  it('falls back on malformed output', async () => {
    fake.enqueue({ kind: 'text', text: 'Sure! Here is the JSON you asked for: {words: 3}' });
    const engine = createTestEngine(fakeCredentials(fake, 'anthropic', 'claude-haiku-4-5', 'sk-ant'));
    const { meta } = await engine.run(countWordsTask, input);
    expect(meta).toMatchObject({ engine: 'offline', provider: 'anthropic', fallbackReason: 'invalid_output: not valid JSON' });
  });
});
