import { createHash } from 'node:crypto';
import { AccessToken, WebhookEvent } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveNote } from '#shared/contracts/interviews.ts';
import { call, cookieHeader, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { verifyLiveKitToken } from '#tests/support/fake-livekit.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

const serverKeys = { apiKey: 'APIserverkey', apiSecret: 'server-secret-of-the-livekit-webhook-0123456' };
const workspaceKeys = { apiKey: 'APIworkspacekey', apiSecret: 'workspace-secret-of-the-livekit-webhook-98765' };

/** A delivery as LiveKit sends it: the event as JSON, and a JWT from the API key whose sha256 claim is the body's hash. */
async function delivery(keys: { apiKey: string; apiSecret: string }, event: { event: string; id: string; room: string; identity: string; name: string }) {
  const message = new WebhookEvent({ id: event.id, room: { name: event.room, sid: 'RM_test' }, participant: { identity: event.identity, name: event.name, sid: 'PA_test' }, createdAt: 1_767_000_000n });
  // The SDK's subclass declares `event` again with an empty default, which overwrites what the constructor was given.
  message.event = event.event as WebhookEvent['event'];
  const body = message.toJsonString();
  const token = new AccessToken(keys.apiKey, keys.apiSecret, { ttl: 300 });
  token.sha256 = createHash('sha256').update(body).digest('base64');
  return { body, authorization: await token.toJwt() };
}

const post = (t: TestApp, sent: { body: string; authorization?: string }) =>
  call(t, 'POST', '/api/livekit/webhook', { noOrigin: true, headers: { 'content-type': 'application/webhook+json', ...(sent.authorization ? { authorization: sent.authorization } : {}) }, payload: sent.body });

describe('LiveKit webhooks, the host’s name in the call, and the CSP (decision 042)', () => {
  let t: TestApp;
  let recruiter: Caller;
  let room: { workspaceId: string; interviewId: string; host: string };

  beforeAll(async () => {
    const lookup = async () => [{ address: '93.184.215.14', family: 4 }];
    t = await createTestApp({ PUBLIC_URL: 'https://parley.example', LIVEKIT_URL: 'wss://lk.parley.example', LIVEKIT_API_KEY: serverKeys.apiKey, LIVEKIT_API_SECRET: serverKeys.apiSecret }, { outboundLookup: lookup });
    recruiter = await signUp(t, { name: 'Rita Recruiter' });
    const workspaceId = (await call(t, 'POST', '/api/workspaces', { cookie: recruiter.cookie, payload: { name: 'Acme' } })).json<{ id: string }>().id;
    const booked = await call(t, 'POST', `/api/workspaces/${workspaceId}/interviews`, {
      cookie: recruiter.cookie,
      payload: { candidateName: 'Dana Candidate', candidateEmail: 'dana@example.org', startsAt: '2027-03-02T10:00', timeZone: 'Europe/Berlin', durationMinutes: 60, panel: [{ email: 'lena@example.org', name: 'Lena Lead', role: 'lead' }] },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const { id: interviewId, hostUrl } = booked.json<{ id: string; hostUrl: string }>();
    room = { workspaceId, interviewId, host: cookieHeader(await call(t, 'GET', new URL(hostUrl).pathname + new URL(hostUrl).search, { noOrigin: true })) };
  });
  afterAll(async () => t.close());

  const systemNotes = async () => (await call(t, 'GET', `/api/interviews/${room.interviewId}/notes`, { cookie: room.host })).json<LiveNote[]>().filter((note) => note.source === 'system').map((note) => note.text);

  it('notes a participant joining and leaving once per event, however often LiveKit retries', async () => {
    const joined = await delivery(serverKeys, { event: 'participant_joined', id: 'EV_joined_1', room: room.interviewId, identity: 'candidate:x', name: 'Dana Candidate' });
    const first = await post(t, joined);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ noted: true });
    expect((await post(t, joined)).json()).toEqual({ noted: false });
    const left = await delivery(serverKeys, { event: 'participant_left', id: 'EV_left_1', room: room.interviewId, identity: 'candidate:x', name: 'Dana Candidate' });
    expect((await post(t, left)).json()).toEqual({ noted: true });
    const published = await delivery(serverKeys, { event: 'track_published', id: 'EV_track_1', room: room.interviewId, identity: 'candidate:x', name: 'Dana Candidate' });
    expect((await post(t, published)).json()).toEqual({ noted: false });
    expect(await systemNotes()).toEqual(['Dana Candidate joined the call', 'Dana Candidate left the call']);
  });

  it('answers 401 to a forged, altered or unsigned delivery and notes nothing', async () => {
    const forged = await delivery({ apiKey: serverKeys.apiKey, apiSecret: 'not-the-secret-of-this-livekit-000000000' }, { event: 'participant_joined', id: 'EV_forged', room: room.interviewId, identity: 'host:x', name: 'Mallory' });
    const refused = await post(t, forged);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.message).toMatch(/signature does not verify/);
    const honest = await delivery(serverKeys, { event: 'participant_joined', id: 'EV_altered', room: room.interviewId, identity: 'host:x', name: 'Lena Lead' });
    expect((await post(t, { ...honest, body: honest.body.replace('Lena Lead', 'Mallory') })).statusCode).toBe(401);
    expect((await post(t, { body: honest.body })).statusCode).toBe(401);
    expect((await post(t, { body: 'not json', authorization: honest.authorization })).statusCode).toBe(400);
    expect(await systemNotes()).not.toContain('Mallory joined the call');
    expect(await systemNotes()).not.toContain('Lena Lead joined the call');
  });

  it('checks a room of a workspace with its own LiveKit key with that key, not the server’s', async () => {
    const saved = await call(t, 'PUT', `/api/workspaces/${room.workspaceId}/keys/livekit`, { cookie: recruiter.cookie, payload: { ...workspaceKeys, baseUrl: 'wss://lk.acme.example' } });
    expect(saved.statusCode, saved.body).toBe(204);
    const byServer = await delivery(serverKeys, { event: 'participant_joined', id: 'EV_ws_1', room: room.interviewId, identity: 'host:y', name: 'Lena Lead' });
    expect((await post(t, byServer)).statusCode).toBe(401);
    const byWorkspace = await delivery(workspaceKeys, { event: 'participant_joined', id: 'EV_ws_2', room: room.interviewId, identity: 'host:y', name: 'Lena Lead' });
    expect((await post(t, byWorkspace)).json()).toEqual({ noted: true });
    expect(await systemNotes()).toContain('Lena Lead joined the call');
    expect((await call(t, 'DELETE', `/api/workspaces/${room.workspaceId}/keys/livekit`, { cookie: recruiter.cookie })).statusCode).toBe(204);
  });

  it('names the host in the call: the panel’s lead for the host link, a signed-in host by their own name', async () => {
    const nameIn = async (cookie: string) => {
      const joined = await call(t, 'POST', `/api/interviews/${room.interviewId}/room/call-token`, { cookie });
      expect(joined.statusCode, joined.body).toBe(200);
      const verdict = verifyLiveKitToken(joined.json<{ token: string }>().token, serverKeys);
      return 'claims' in verdict ? verdict.claims.name : verdict.refused;
    };
    expect(await nameIn(room.host)).toBe('Lena Lead');
    expect(await nameIn(recruiter.cookie)).toBe('Rita Recruiter');
  });

  it('allows the server’s LiveKit in the CSP’s connect-src, over wss and https', async () => {
    const csp = String((await call(t, 'GET', '/api/health')).headers['content-security-policy']);
    const connect = csp.split(';').map((directive) => directive.trim()).find((directive) => directive.startsWith('connect-src'));
    expect(connect).toBe("connect-src 'self' ws: wss: wss://lk.parley.example https://lk.parley.example");
  });
});
