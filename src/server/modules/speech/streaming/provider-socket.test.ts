import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { createOutboundGuard } from '#server/platform/outbound/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { startFakeStreamingSpeech, type FakeStreamingSpeech } from '#tests/support/fake-llm/index.ts';
import { openDeepgramStream } from './deepgram-stream.ts';

const events = { onResult: () => undefined, onError: () => undefined, onEnd: () => undefined };

describe("a user's streaming base URL goes through the outbound guard", () => {
  let providers: FakeStreamingSpeech;
  beforeAll(async () => {
    providers = await startFakeStreamingSpeech({ deepgramKey: 'dg-key-12345678', openAiKey: 'sk-key-12345678', turns: [] });
  });
  afterAll(() => providers.close());

  it('refuses a name that resolves to loopback, before any connection', async () => {
    const guard = createOutboundGuard({ allowList: async () => [], lookup: async () => [{ address: '127.0.0.1', family: 4 }] });
    const baseUrl = providers.deepgramBaseUrl.replace('127.0.0.1', 'speech.example');
    const credentials = { provider: 'deepgram' as const, apiKey: 'dg-key-12345678', model: 'nova-3', source: 'user' as const, baseUrl };
    const opening = openDeepgramStream({ credentials, resolve: guard.resolve, timeoutMs: 5000, events });
    await expect(opening).rejects.toBeInstanceOf(AppError);
    await expect(opening).rejects.toThrow(/cannot reach Deepgram: Parley does not connect to speech\.example \(127\.0\.0\.1\)/);
    expect(providers.streams).toHaveLength(0);
    await guard.close();
  });

  it('connects to the checked address when the administrator allows it, the URL keeping its own host name', async () => {
    const guard = createOutboundGuard({ allowList: async () => ['127.0.0.1'], lookup: async () => [{ address: '127.0.0.1', family: 4 }] });
    const baseUrl = providers.deepgramBaseUrl.replace('127.0.0.1', 'speech.example');
    const credentials = { provider: 'deepgram' as const, apiKey: 'dg-key-12345678', model: 'nova-3', source: 'user' as const, baseUrl };
    const stream = await openDeepgramStream({ credentials, resolve: guard.resolve, timeoutMs: 5000, events });
    expect(stream.sampleRate).toBe(16_000);
    expect(providers.streams).toHaveLength(1);
    expect(providers.streams[0]?.host).toBe(new URL(baseUrl).host);
    stream.close();
    await guard.close();
  });
});

describe('a provider that never closes after the end of the audio', () => {
  it('is cut off after the grace (here the shorter request timeout), and the stream ends', async () => {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    const received: string[] = [];
    server.on('connection', (socket) => socket.on('message', (data: Buffer) => received.push(data.toString('utf8'))));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    const credentials = { provider: 'deepgram' as const, apiKey: 'dg-key-12345678', model: 'nova-3', source: 'server' as const, baseUrl };
    let ended!: () => void;
    const end = new Promise<void>((resolve) => (ended = resolve));
    const stream = await openDeepgramStream({ credentials, resolve: undefined, timeoutMs: 300, events: { ...events, onEnd: () => ended() } });
    stream.finish();
    await end;
    expect(received).toContain(JSON.stringify({ type: 'CloseStream' }));
    await new Promise((resolve) => server.close(resolve));
  });
});
