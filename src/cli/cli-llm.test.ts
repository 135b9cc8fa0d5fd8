import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the real `parley` binary; async, so the fake LLM in this process can answer it. */
function parley(args: string[], env: Record<string, string>, stdin: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/parley.js', ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('CLI commands on the LLM engine (a local server speaking the OpenAI protocol)', { timeout: 120_000 }, () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFakeOpenAi({ apiKey: 'sk-cli' });
  });
  afterAll(() => fake.close());

  it('parley skills --jsonl --engine llm answers from the model, with offsets found in the text', async () => {
    fake.respondWith({ kind: 'json', value: { skills: [{ text: 'Rust', name: 'Rust', kind: 'knowledge' }] } });
    const env = { LLM_PROVIDER: 'openai', LLM_MODEL: 'gpt-cli', LLM_BASE_URL: fake.baseUrl, LLM_API_KEY: 'sk-cli' };
    const run = await parley(['skills', '--jsonl', '--engine', 'llm'], env, '{"id":"a","text":"Systems work in Rust and C"}\n');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ id: 'a', skills: [{ start: 16, end: 20, text: 'Rust', name: 'Rust', kind: 'knowledge' }] });
    expect(JSON.stringify(fake.requests.at(-1)?.body)).toContain('Systems work in Rust and C');
  });

  it('falls back to offline with one notice on stderr when the model answers nonsense', async () => {
    fake.respondWith({ kind: 'text', text: 'I cannot help with that.' });
    const env = { LLM_PROVIDER: 'openai', LLM_MODEL: 'gpt-cli', LLM_BASE_URL: fake.baseUrl, LLM_API_KEY: 'sk-cli' };
    const run = await parley(['skills', '--jsonl'], env, '{"id":1,"text":"TypeScript"}\n{"id":2,"text":"Kubernetes"}\n');
    expect(run.status).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual(['parley: the LLM (gpt-cli) failed: invalid_output: not valid JSON; answered with the offline engine']);
    expect(run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { skills: { name: string }[] }).skills[0]?.name)).toEqual(['TypeScript', 'Kubernetes']);
  });
});
