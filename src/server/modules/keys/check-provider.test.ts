import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProviderCheck } from './check-provider.ts';

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders };

describe('createProviderCheck', () => {
  const seen: Seen[] = [];
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
      const ok = request.headers['x-api-key'] === 'ant-key' || request.headers.authorization === 'Token dg-key' || request.url?.startsWith('/twirp/');
      response.writeHead(ok ? 200 : 403, { 'content-type': 'application/json' });
      response.end(ok ? '{}' : JSON.stringify({ err_msg: 'Invalid credentials.' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const check = createProviderCheck();

  it('speaks each provider protocol', async () => {
    expect(await check({ provider: 'anthropic', apiKey: 'ant-key', baseUrl: base })).toEqual({ ok: true, message: 'Anthropic accepted the credentials.' });
    expect(seen.at(-1)).toMatchObject({ method: 'GET', url: '/v1/models', headers: { 'anthropic-version': '2023-06-01' } });
    expect((await check({ provider: 'deepgram', apiKey: 'dg-key', baseUrl: base })).ok).toBe(true);
    expect(seen.at(-1)?.url).toBe('/v1/projects');

    expect((await check({ provider: 'livekit', apiKey: 'APIkey', apiSecret: 'lk-secret', baseUrl: base.replace('http', 'ws') })).ok).toBe(true);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ method: 'POST', url: '/twirp/livekit.RoomService/ListRooms' });
    const [header, payload, signature] = String(last.headers.authorization).replace('Bearer ', '').split('.');
    expect(createHmac('sha256', 'lk-secret').update(`${header}.${payload}`).digest('base64url')).toBe(signature);
    expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toMatchObject({ iss: 'APIkey', video: { roomList: true } });
  });

  it("reports the provider's own error and unreachable servers", async () => {
    expect(await check({ provider: 'deepgram', apiKey: 'bad', baseUrl: base })).toEqual({ ok: false, message: 'Deepgram answered 403: Invalid credentials.' });
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = await check({ provider: 'openai-compatible', apiKey: 'x', baseUrl: `http://127.0.0.1:${port}/v1` });
    expect(unreachable.ok).toBe(false);
    expect(unreachable.message).toContain(`Could not reach http://127.0.0.1:${port}/v1/models: `);
    expect(unreachable.message).toMatch(/ECONNREFUSED/);
  });
});
