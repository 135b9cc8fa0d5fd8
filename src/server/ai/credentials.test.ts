import { describe, expect, it } from 'vitest';
import { noLlmConfig } from '#tests/support/fake-llm/test-engine.ts';
import { createCredentialResolver, credentialsFromConfig, type CredentialOwner, type StoredLlmKey } from './credentials.ts';

const serverConfig = { ...noLlmConfig, keys: { ...noLlmConfig.keys, anthropic: 'sk-ant-server' } };

function storeWith(keys: Record<string, StoredLlmKey>) {
  const asked: string[] = [];
  const findStoredKey = (owner: CredentialOwner) => {
    asked.push(`${owner.kind}:${owner.id}`);
    return Promise.resolve(keys[`${owner.kind}:${owner.id}`]);
  };
  return { asked, findStoredKey };
}

describe('key resolution: the user, else the workspace, else the server', () => {
  const store = storeWith({
    'user:u1': { provider: 'openai', apiKey: 'sk-user' },
    'workspace:w1': { provider: 'openai-compatible', baseUrl: 'http://gpu.local:8000/v1', model: 'qwen2.5' },
    'workspace:w2': { provider: 'anthropic', apiKey: 'sk-ant-team', model: 'claude-sonnet-4-5' },
  });
  const resolve = createCredentialResolver({ config: serverConfig, findStoredKey: store.findStoredKey });

  it("uses the user's own key first", async () => {
    expect(await resolve({ userId: 'u1', workspaceId: 'w1' })).toEqual({ provider: 'openai', model: 'gpt-4.1-mini', apiKey: 'sk-user', source: 'user' });
  });

  it("uses the workspace's key when the user has none", async () => {
    expect(await resolve({ userId: 'u2', workspaceId: 'w2' })).toMatchObject({ provider: 'anthropic', model: 'claude-sonnet-4-5', source: 'workspace' });
    expect(await resolve({ userId: 'u2', workspaceId: 'w1' })).toMatchObject({ provider: 'openai-compatible', baseUrl: 'http://gpu.local:8000/v1', source: 'workspace' });
  });

  it("falls back to the server's configuration", async () => {
    expect(await resolve({ userId: 'u2', workspaceId: 'w9' })).toEqual({ provider: 'anthropic', model: 'claude-haiku-4-5', apiKey: 'sk-ant-server', source: 'server' });
    expect(await resolve({})).toMatchObject({ source: 'server' });
  });

  it('asks the store for the user before the workspace', async () => {
    store.asked.length = 0;
    await resolve({ userId: 'u3', workspaceId: 'w3' });
    expect(store.asked).toEqual(['user:u3', 'workspace:w3']);
  });

  it('skips a stored key that cannot be used (openai-compatible without a model)', async () => {
    const broken = storeWith({ 'user:u1': { provider: 'openai-compatible', baseUrl: 'http://x/v1' } });
    const resolveBroken = createCredentialResolver({ config: serverConfig, findStoredKey: broken.findStoredKey });
    expect(await resolveBroken({ userId: 'u1' })).toMatchObject({ source: 'server' });
  });
});

describe('the server configuration', () => {
  it('has no LLM without a provider or a key', () => {
    expect(credentialsFromConfig(noLlmConfig)).toBeUndefined();
  });

  it('takes LLM_PROVIDER with the matching *_API_KEY', () => {
    const config = { llm: { ...noLlmConfig.llm, provider: 'openai' as const, model: 'gpt-4o' }, keys: { ...noLlmConfig.keys, openai: 'sk-env' } };
    expect(credentialsFromConfig(config)).toEqual({ provider: 'openai', model: 'gpt-4o', apiKey: 'sk-env', source: 'server' });
  });

  it('needs a base URL and a model for an openai-compatible server, not a key', () => {
    const partial = { ...noLlmConfig, llm: { ...noLlmConfig.llm, provider: 'openai-compatible' as const, model: 'llama3.2' } };
    expect(credentialsFromConfig(partial)).toBeUndefined();
    const full = { ...partial, llm: { ...partial.llm, baseUrl: 'http://localhost:11434/v1' } };
    expect(credentialsFromConfig(full)).toEqual({ provider: 'openai-compatible', model: 'llama3.2', baseUrl: 'http://localhost:11434/v1', source: 'server' });
  });
});
