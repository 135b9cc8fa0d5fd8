import dns from 'node:dns';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lookup } from '#server/platform/outbound/index.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

/** An OpenAI-compatible server on this machine (an Ollama box on the LAN, say), counting what reaches it. */
async function startLocalLlm() {
  const seen: string[] = [];
  const server = http.createServer((request, response) => {
    seen.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data: [{ id: 'llama3.1', object: 'model' }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { port, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Test names as a DNS server would answer them; any other name goes to the system resolver. */
const names: Record<string, string> = { 'gpu-box': '127.0.0.1', 'intranet.example.test': '192.168.10.20', 'llm.example.com': '93.184.215.14' };
const lookup: Lookup = async (hostname) => {
  const address = names[hostname];
  return address ? [{ address, family: 4 }] : dns.promises.lookup(hostname, { all: true });
};

describe('stored keys cannot reach this server or its network (the outbound guard)', () => {
  let t: TestApp;
  let admin: Caller;
  let user: Caller;
  let llm: Awaited<ReturnType<typeof startLocalLlm>>;
  beforeAll(async () => {
    t = await createTestApp({}, { outboundLookup: lookup });
    admin = await signUp(t, { name: 'Ada Admin' });
    user = await signUp(t, { name: 'Mallory Member' });
    llm = await startLocalLlm();
  });
  afterAll(async () => {
    await llm.close();
    await t.close();
  });

  const putCompatible = (baseUrl: string, caller = user) =>
    call(t, 'PUT', '/api/me/keys/openai-compatible', { cookie: caller.cookie, payload: { apiKey: 'sk-anything-1234', baseUrl } });

  it('refuses loopback, private and link-local base URLs with a 400 naming the rule and how to allow it', async () => {
    const redis = await putCompatible('http://127.0.0.1:6379/');
    expect(redis.statusCode).toBe(400);
    expect(redis.json().error.message).toMatch(/^baseUrl: Parley does not connect to 127\.0\.0\.1: it is a loopback address/);
    expect(redis.json().error.message).toMatch(/An administrator can allow .*outbound\.allow.*OUTBOUND_ALLOW/);
    expect((await putCompatible('http://[::1]:5432/')).json().error.message).toMatch(/loopback/);
    expect((await putCompatible('http://169.254.169.254/latest/meta-data/')).json().error.message).toMatch(/link-local/);
    expect((await putCompatible('http://10.1.2.3:11434/v1')).json().error.message).toMatch(/private network address \(RFC 1918/);
    expect((await putCompatible('http://[fd00::1]/v1')).json().error.message).toMatch(/RFC 4193/);
    expect((await putCompatible('gopher://llm.example.com/')).json().error.message).toMatch(/only calls https:\/\/ and http:\/\/ URLs/);
    // A host name is judged by the address it resolves to.
    const named = await putCompatible('http://intranet.example.test:11434/v1');
    expect(named.statusCode).toBe(400);
    expect(named.json().error.message).toMatch(/intranet\.example\.test \(192\.168\.10\.20\): it is a private network address/);
    const workspaceId = (await call(t, 'POST', '/api/workspaces', { cookie: user.cookie, payload: { name: 'Mallory Co' } })).json().id as string;
    const workspaceKey = await call(t, 'PUT', `/api/workspaces/${workspaceId}/keys/openai`, { cookie: user.cookie, payload: { apiKey: 'sk-x-1234', baseUrl: 'http://127.0.0.1:5432/' } });
    expect(workspaceKey.statusCode).toBe(400);
    expect((await call(t, 'GET', '/api/me/keys', { cookie: user.cookie })).json()).toEqual([]);
  });

  it('stores a public https base URL as before', async () => {
    expect((await putCompatible('https://llm.example.com/v1')).statusCode).toBe(204);
  });

  it('refuses at connect time a host that resolves to this machine, when the key is tested', async () => {
    // Stored while an administrator allowed gpu-box, then the allowance was removed: the check at use is the one that counts.
    expect((await call(t, 'PUT', '/api/admin/settings/outbound.allow', { cookie: admin.cookie, payload: { value: ['gpu-box'] } })).statusCode).toBe(200);
    expect((await putCompatible(`http://gpu-box:${llm.port}/v1`)).statusCode).toBe(204);
    expect((await call(t, 'PUT', '/api/admin/settings/outbound.allow', { cookie: admin.cookie, payload: { value: [] } })).statusCode).toBe(200);
    const before = llm.seen.length;
    const tested = await call(t, 'POST', '/api/me/keys/openai-compatible/test', { cookie: user.cookie });
    expect(tested.json().ok).toBe(false);
    expect(tested.json().message).toMatch(/Could not reach http:\/\/gpu-box:\d+\/v1\/models: Parley does not connect to gpu-box \(127\.0\.0\.1\): it is a loopback address/);
    expect(llm.seen.length).toBe(before);
  });

  it('reaches a LAN host an administrator allowed', async () => {
    const allowed = await call(t, 'PUT', '/api/admin/settings/outbound.allow', { cookie: admin.cookie, payload: { value: ['gpu-box'] } });
    expect(allowed.statusCode).toBe(200);
    expect((await putCompatible(`http://gpu-box:${llm.port}/v1`)).statusCode).toBe(204);
    const tested = await call(t, 'POST', '/api/me/keys/openai-compatible/test', { cookie: user.cookie });
    expect(tested.json()).toEqual({ ok: true, message: 'The server accepted the credentials.' });
    expect(llm.seen.at(-1)).toBe('/v1/models');
    // Allowing a name does not allow the address under another name.
    expect((await putCompatible(`http://127.0.0.1:${llm.port}/v1`)).statusCode).toBe(400);
  });
});
