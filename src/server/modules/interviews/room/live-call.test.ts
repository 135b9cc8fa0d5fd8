import { describe, expect, it } from 'vitest';
import { loadConfig } from '#server/config.ts';
import { verifyLiveKitToken } from '#tests/support/fake-livekit.ts';
import { callGrant, liveKitHttpUrl, mintCallToken, type LiveKitServer } from './live-call.ts';

const keys = { apiKey: 'APIunit', apiSecret: 'unit-secret-unit-secret-unit-secret-0123' };
const server: LiveKitServer = { url: 'wss://lk.example.test', ...keys, fetch, source: 'server' };

describe('the LiveKit call', () => {
  it('reads the server LiveKit from all three variables, and names what a partial setting lacks', () => {
    expect(loadConfig({}).liveKit).toBeUndefined();
    expect(loadConfig({ LIVEKIT_URL: 'wss://lk.example.com/', LIVEKIT_API_KEY: 'k', LIVEKIT_API_SECRET: 's' }).liveKit).toEqual({ url: 'wss://lk.example.com', apiKey: 'k', apiSecret: 's' });
    expect(() => loadConfig({ LIVEKIT_URL: 'wss://lk.example.com' })).toThrow('a LiveKit server needs LIVEKIT_API_KEY and LIVEKIT_API_SECRET too');
    expect(() => loadConfig({ LIVEKIT_URL: 'ftp://lk.example.com', LIVEKIT_API_KEY: 'k', LIVEKIT_API_SECRET: 's' })).toThrow('LIVEKIT_URL must be a LiveKit server URL');
  });

  it('lets only the host side send data messages, and nobody administer the room', () => {
    expect(callGrant('host', 'r1')).toEqual({ room: 'r1', roomJoin: true, canPublish: true, canSubscribe: true, canPublishData: true });
    expect(callGrant('candidate', 'r1')).toEqual({ room: 'r1', roomJoin: true, canPublish: true, canSubscribe: true, canPublishData: false });
  });

  it('mints a signed 10-minute token whose expiry it reports, naming the participant by role and id', async () => {
    const minted = await mintCallToken(server, { room: 'room-1', role: 'candidate', participantId: 'link-7', name: 'Dana' });
    const verdict = verifyLiveKitToken(minted.token, keys);
    if (!('claims' in verdict)) throw new Error(verdict.refused);
    expect(verdict.claims).toMatchObject({ iss: keys.apiKey, sub: 'candidate:link-7', name: 'Dana', video: { room: 'room-1', canPublishData: false } });
    expect(verdict.claims.exp! - verdict.claims.nbf!).toBe(600);
    expect(minted).toMatchObject({ url: server.url, expiresAt: new Date(verdict.claims.exp! * 1000).toISOString() });
  });

  it('calls the RoomService over http(s) at the address of a ws(s) URL', () => {
    expect(liveKitHttpUrl('wss://lk.example.test')).toBe('https://lk.example.test');
    expect(liveKitHttpUrl('ws://127.0.0.1:7880')).toBe('http://127.0.0.1:7880');
    expect(liveKitHttpUrl('https://lk.example.test')).toBe('https://lk.example.test');
  });
});
