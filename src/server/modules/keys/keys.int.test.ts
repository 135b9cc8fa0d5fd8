import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerCredentials } from '#server/db/schema/index.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { createKeyStore } from './key-store.ts';
import { rotateServerSecret } from './rotate-server-secret.ts';

const goodKey = 'sk-test-good-key-0000-1234';

/** A local server speaking OpenAI's GET /v1/models: accepts one key, answers others like OpenAI does. */
function startFakeOpenAi(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    if (request.url !== '/v1/models') return response.writeHead(404).end();
    if (request.headers.authorization !== `Bearer ${goodKey}`) {
      response.writeHead(401, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ error: { message: 'Incorrect API key provided: sk-wr***', type: 'invalid_request_error', code: 'invalid_api_key' } }));
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ object: 'list', data: [{ id: 'gpt-4.1-mini', object: 'model' }] }));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/v1`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

describe('bring your own keys', () => {
  let t: TestApp;
  let fake: Awaited<ReturnType<typeof startFakeOpenAi>>;
  let user: Caller;
  beforeAll(async () => {
    // The fake provider runs on this machine, which the administrator allowed (the guard's own tests are below).
    t = await createTestApp({ OUTBOUND_ALLOW: '127.0.0.1' });
    fake = await startFakeOpenAi();
    user = await signUp(t);
  });
  afterAll(async () => {
    await fake.close();
    await t.close();
  });

  it('stores a key encrypted, lists only its last four characters and decrypts it for the engine', async () => {
    const put = await call(t, 'PUT', '/api/me/keys/openai', { cookie: user.cookie, payload: { apiKey: goodKey, baseUrl: fake.url } });
    expect(put.statusCode).toBe(204);
    const list = await call(t, 'GET', '/api/me/keys', { cookie: user.cookie });
    expect(list.json()).toEqual([expect.objectContaining({ provider: 'openai', last4: '1234', checkedAt: null, status: 'unchecked' })]);
    expect(list.body).not.toContain(goodKey);

    const [row] = await t.database.db.select().from(providerCredentials).where(eq(providerCredentials.userId, user.userId));
    expect(row!.ciphertext).not.toContain(goodKey);
    expect(Buffer.from(row!.ciphertext, 'base64').toString('utf8')).not.toContain(goodKey);
    const store = createKeyStore({ db: t.database.db, serverSecret: t.config.serverSecret! });
    expect(await store.resolveProviderCredentials({ userId: user.userId, provider: 'openai' })).toMatchObject({ apiKey: goodKey, source: 'user' });
    expect(await store.findStoredLlmKey({ kind: 'user', id: user.userId })).toMatchObject({ provider: 'openai', apiKey: goodKey, baseUrl: fake.url });
  });

  it('tests a key against the provider and records the answer', async () => {
    const ok = await call(t, 'POST', '/api/me/keys/openai/test', { cookie: user.cookie });
    expect(ok.json()).toEqual({ ok: true, message: 'OpenAI accepted the credentials.' });
    const listed = (await call(t, 'GET', '/api/me/keys', { cookie: user.cookie })).json()[0];
    expect(listed.status).toBe('ok');
    expect(listed.checkedAt).toBeTruthy();

    await call(t, 'PUT', '/api/me/keys/openai', { cookie: user.cookie, payload: { apiKey: 'sk-wrong-key-999999', baseUrl: fake.url } });
    const bad = await call(t, 'POST', '/api/me/keys/openai/test', { cookie: user.cookie });
    expect(bad.json().ok).toBe(false);
    expect(bad.json().message).toMatch(/401: Incorrect API key/);
    await call(t, 'PUT', '/api/me/keys/openai', { cookie: user.cookie, payload: { apiKey: goodKey, baseUrl: fake.url } });
  });

  it('validates provider-specific fields', async () => {
    const noBase = await call(t, 'PUT', '/api/me/keys/openai-compatible', { cookie: user.cookie, payload: { apiKey: 'ollama-key-1234' } });
    expect(noBase.statusCode).toBe(400);
    expect(noBase.json().error.message).toMatch(/baseUrl is required/);
    const noSecret = await call(t, 'PUT', '/api/me/keys/livekit', { cookie: user.cookie, payload: { apiKey: 'APIkey123456', baseUrl: 'wss://lk.example.test' } });
    expect(noSecret.statusCode).toBe(400);
    const unknown = await call(t, 'PUT', '/api/me/keys/acme', { cookie: user.cookie, payload: { apiKey: 'x' } });
    expect(unknown.statusCode).toBe(400);
    const huge = await call(t, 'PUT', '/api/me/keys/openai', { cookie: user.cookie, payload: { apiKey: 'x'.repeat(5000) } });
    expect(huge.statusCode).toBe(400);
    const livekit = await call(t, 'PUT', '/api/me/keys/livekit', {
      cookie: user.cookie,
      payload: { apiKey: 'APIkey123456', apiSecret: 'lk-secret-abcdef', baseUrl: 'wss://lk.example.test' },
    });
    expect(livekit.statusCode).toBe(204);
  });

  it('lets workspace owners keep keys, used when the member has none', async () => {
    const owner = await signUp(t);
    const workspaceId = (await call(t, 'POST', '/api/workspaces', { cookie: owner.cookie, payload: { name: 'Keys Co' } })).json().id as string;
    const put = await call(t, 'PUT', `/api/workspaces/${workspaceId}/keys/anthropic`, { cookie: owner.cookie, payload: { apiKey: 'sk-ant-workspace-5678' } });
    expect(put.statusCode).toBe(204);
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}/keys`, { cookie: owner.cookie })).json()[0].last4).toBe('5678');
    const store = createKeyStore({ db: t.database.db, serverSecret: t.config.serverSecret! });
    expect(await store.resolveProviderCredentials({ userId: owner.userId, workspaceId, provider: 'anthropic' })).toMatchObject({
      apiKey: 'sk-ant-workspace-5678',
      source: 'workspace',
    });

    const stranger = await signUp(t);
    const hidden = await call(t, 'GET', `/api/workspaces/${workspaceId}/keys`, { cookie: stranger.cookie });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.message).toBe('Workspace not found.');
    expect((await call(t, 'PUT', `/api/workspaces/${workspaceId}/keys/openai`, { cookie: stranger.cookie, payload: { apiKey: 'sk-stranger-0000' } })).statusCode).toBe(404);
    const malformed = await call(t, 'GET', '/api/workspaces/not-a-workspace/keys', { cookie: owner.cookie });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.message).toMatch(/params\.workspaceId: must be a workspace id/);
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}/keys`, { cookie: owner.cookie })).json()).toHaveLength(1);
  });

  it('rotates the server secret without losing a key, and the old secret no longer opens them', async () => {
    const oldSecret = t.config.serverSecret!;
    const newSecret = 'a-brand-new-server-secret-of-enough-length';
    const report = await rotateServerSecret(t.database.db, oldSecret, newSecret);
    expect(report.providerCredentials).toBeGreaterThanOrEqual(3);
    const rotated = createKeyStore({ db: t.database.db, serverSecret: newSecret });
    expect(await rotated.resolveProviderCredentials({ userId: user.userId, provider: 'openai' })).toMatchObject({ apiKey: goodKey });
    expect(await rotated.resolveProviderCredentials({ userId: user.userId, provider: 'livekit' })).toMatchObject({ apiKey: 'APIkey123456', apiSecret: 'lk-secret-abcdef' });
    const stale = createKeyStore({ db: t.database.db, serverSecret: oldSecret });
    await expect(stale.resolveProviderCredentials({ userId: user.userId, provider: 'openai' })).rejects.toThrow(/decrypt/);
    await expect(rotateServerSecret(t.database.db, oldSecret, 'yet-another-secret-yet-another-secret')).rejects.toThrow(/decrypt/);
    expect(await rotated.resolveProviderCredentials({ userId: user.userId, provider: 'openai' })).toMatchObject({ apiKey: goodKey });
  });

  it('deletes a key', async () => {
    expect((await call(t, 'DELETE', '/api/me/keys/livekit', { cookie: user.cookie })).statusCode).toBe(204);
    expect((await call(t, 'DELETE', '/api/me/keys/livekit', { cookie: user.cookie })).statusCode).toBe(404);
  });
});
