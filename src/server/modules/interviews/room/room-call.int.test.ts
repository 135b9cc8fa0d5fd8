import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cookieHeader, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { startFakeLiveKit, verifyLiveKitToken, type FakeLiveKit } from '#tests/support/fake-livekit.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

const serverKeys = { apiKey: 'APIserverkey', apiSecret: 'server-secret-of-the-livekit-fake-0123456789' };
const workspaceKeys = { apiKey: 'APIworkspacekey', apiSecret: 'workspace-secret-of-the-livekit-fake-987654' };

/** Books an interview and follows both role links as a browser does: each token swapped for its cookie. */
async function bookAndOpen(t: TestApp, recruiter: Caller, workspaceName: string) {
  const workspaceId = (await call(t, 'POST', '/api/workspaces', { cookie: recruiter.cookie, payload: { name: workspaceName } })).json<{ id: string }>().id;
  const booked = await call(t, 'POST', `/api/workspaces/${workspaceId}/interviews`, {
    cookie: recruiter.cookie,
    payload: { candidateName: 'Dana Candidate', candidateEmail: 'dana@example.org', startsAt: '2027-03-02T10:00', timeZone: 'Europe/Berlin', durationMinutes: 60, panel: [] },
  });
  expect(booked.statusCode, booked.body).toBe(201);
  const { id: interviewId, hostUrl, candidateUrl } = booked.json<{ id: string; hostUrl: string; candidateUrl: string }>();
  const open = async (url: string) => cookieHeader(await call(t, 'GET', new URL(url).pathname + new URL(url).search, { noOrigin: true }));
  return { workspaceId, interviewId, host: await open(hostUrl), candidate: await open(candidateUrl) };
}

const joinCall = (t: TestApp, interviewId: string, cookie?: string) => call(t, 'POST', `/api/interviews/${interviewId}/room/call-token`, cookie ? { cookie } : {});

describe('the embedded call with the server LiveKit', () => {
  let t: TestApp;
  let livekit: FakeLiveKit;
  let recruiter: Caller;
  let room: Awaited<ReturnType<typeof bookAndOpen>>;

  beforeAll(async () => {
    livekit = await startFakeLiveKit(serverKeys);
    t = await createTestApp({ PUBLIC_URL: 'https://parley.example', LIVEKIT_URL: livekit.url, LIVEKIT_API_KEY: serverKeys.apiKey, LIVEKIT_API_SECRET: serverKeys.apiSecret });
    recruiter = await signUp(t, { name: 'Rita Recruiter' });
    room = await bookAndOpen(t, recruiter, 'Acme');
  });
  afterAll(async () => {
    await t.close();
    await livekit.close();
  });

  it('tells both sides the room embeds a call', async () => {
    expect((await call(t, 'GET', `/api/interviews/${room.interviewId}/lobby`, { cookie: room.candidate })).json()).toMatchObject({ embeddedCall: true });
    expect((await call(t, 'GET', `/api/interviews/${room.interviewId}/room`, { cookie: room.host })).json()).toMatchObject({ embeddedCall: true });
  });

  it('gives the host link a 10-minute token for the room named after the interview, with data publishing', async () => {
    const before = Math.floor(Date.now() / 1000);
    const joined = await joinCall(t, room.interviewId, room.host);
    expect(joined.statusCode, joined.body).toBe(200);
    expect(joined.headers['cache-control']).toBe('no-store');
    const { url, token, expiresAt } = joined.json<{ url: string; token: string; expiresAt: string }>();
    expect(url).toBe(livekit.url);
    const verdict = verifyLiveKitToken(token, serverKeys);
    if (!('claims' in verdict)) throw new Error(`token refused: ${verdict.refused}`);
    const { claims } = verdict;
    expect(claims.sub).toMatch(/^host:[0-9a-f-]{36}$/);
    expect(claims.video).toEqual({ room: room.interviewId, roomJoin: true, canPublish: true, canSubscribe: true, canPublishData: true });
    expect(claims.exp! - claims.nbf!).toBe(600);
    expect(claims.exp).toBeGreaterThanOrEqual(before + 600);
    expect(claims.exp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 600);
    expect(new Date(expiresAt).getTime()).toBe(claims.exp! * 1000);
    expect('refused' in verifyLiveKitToken(token, { ...serverKeys, apiSecret: 'another-secret' })).toBe(true);
  });

  it('keeps the candidate out of the call until they accept the notice (409), then lets them in without data publishing', async () => {
    const early = await joinCall(t, room.interviewId, room.candidate);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/Accept the recording notice/);
    expect((await call(t, 'POST', '/api/room/consent', { cookie: room.candidate })).statusCode).toBe(200);
    const joined = await joinCall(t, room.interviewId, room.candidate);
    expect(joined.statusCode, joined.body).toBe(200);
    const verdict = verifyLiveKitToken(joined.json<{ token: string }>().token, serverKeys);
    if (!('claims' in verdict)) throw new Error(`token refused: ${verdict.refused}`);
    expect(verdict.claims.sub).toMatch(/^candidate:[0-9a-f-]{36}$/);
    expect(verdict.claims.name).toBe('Dana Candidate');
    expect(verdict.claims.video).toMatchObject({ room: room.interviewId, roomJoin: true, canPublishData: false });
    expect(verdict.claims.video?.roomAdmin).toBeUndefined();
  });

  it('lets a signed-in recruiter join as host under their own id, and nobody without a session or link', async () => {
    const joined = await joinCall(t, room.interviewId, recruiter.cookie);
    expect(joined.statusCode, joined.body).toBe(200);
    const verdict = verifyLiveKitToken(joined.json<{ token: string }>().token, serverKeys);
    expect('claims' in verdict && verdict.claims.sub).toBe(`host:${recruiter.userId}`);
    expect((await joinCall(t, room.interviewId)).statusCode).toBe(401);
    const stranger = await signUp(t, { name: 'Sam Stranger' });
    expect((await joinCall(t, room.interviewId, stranger.cookie)).statusCode).toBe(404);
  });

  it('removes the holder of a revoked candidate link from the call, by the identity its token carried', async () => {
    const joined = await joinCall(t, room.interviewId, room.candidate);
    const verdict = verifyLiveKitToken(joined.json<{ token: string }>().token, serverKeys);
    const identity = 'claims' in verdict ? verdict.claims.sub : undefined;
    expect((await call(t, 'POST', `/api/interviews/${room.interviewId}/links/candidate/revoke`, { cookie: recruiter.cookie })).statusCode).toBe(204);
    expect(livekit.calls.filter((received) => received.method === 'RemoveParticipant')).toEqual([
      { method: 'RemoveParticipant', body: { room: room.interviewId, identity }, claims: expect.objectContaining({ video: { room: room.interviewId, roomAdmin: true } }) },
    ]);
    expect((await joinCall(t, room.interviewId, room.candidate)).statusCode).toBe(401);
  });

  it('revokes a link even when LiveKit cannot be reached, and closes the call when the host ends the room', async () => {
    const other = await bookAndOpen(t, recruiter, 'Acme two');
    livekit.enqueue({ kind: 'error', status: 500, message: 'livekit is down' });
    expect((await call(t, 'POST', `/api/interviews/${other.interviewId}/links/host/revoke`, { cookie: recruiter.cookie })).statusCode).toBe(204);
    expect(livekit.requests.some((request) => request.path.endsWith('/RemoveParticipant') && (request.body as { room?: string }).room === other.interviewId)).toBe(true);
    expect((await joinCall(t, other.interviewId, other.host)).statusCode).toBe(401);
    expect((await call(t, 'POST', `/api/interviews/${room.interviewId}/end`, { cookie: room.host })).statusCode).toBe(202);
    expect(livekit.calls.at(-1)).toMatchObject({ method: 'DeleteRoom', body: { room: room.interviewId } });
    const late = await joinCall(t, room.interviewId, room.host);
    expect(late.statusCode).toBe(409);
  });
});

describe('the room without LiveKit, and with the workspace’s own LiveKit key', () => {
  let t: TestApp;
  let livekit: FakeLiveKit;
  let recruiter: Caller;

  beforeAll(async () => {
    livekit = await startFakeLiveKit(workspaceKeys);
    // lk-box is known only to the outbound guard's resolver: a call that reaches the fake went through the guard.
    const lookup = async (hostname: string) => (hostname === 'lk-box' ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '93.184.215.14', family: 4 }]);
    t = await createTestApp({ PUBLIC_URL: 'https://parley.example', OUTBOUND_ALLOW: 'lk-box' }, { outboundLookup: lookup });
    recruiter = await signUp(t, { name: 'Rita Recruiter' });
  });
  afterAll(async () => {
    await t.close();
    await livekit.close();
  });

  it('answers 404 and shows the meeting link when no LiveKit is configured', async () => {
    const room = await bookAndOpen(t, recruiter, 'Plain');
    const joined = await joinCall(t, room.interviewId, room.host);
    expect(joined.statusCode).toBe(404);
    expect(joined.json().error.message).toMatch(/no LiveKit server is configured/);
    expect((await call(t, 'GET', `/api/interviews/${room.interviewId}/lobby`, { cookie: room.candidate })).json()).toMatchObject({ embeddedCall: false });
    expect((await call(t, 'POST', `/api/interviews/${room.interviewId}/links/candidate/revoke`, { cookie: recruiter.cookie })).statusCode).toBe(204);
  });

  it('uses the workspace’s stored LiveKit key, and reaches its server through the outbound guard on revoke', async () => {
    const room = await bookAndOpen(t, recruiter, 'Own LiveKit');
    const workspaceUrl = `ws://lk-box:${new URL(livekit.url).port}`;
    const saved = await call(t, 'PUT', `/api/workspaces/${room.workspaceId}/keys/livekit`, { cookie: recruiter.cookie, payload: { apiKey: workspaceKeys.apiKey, apiSecret: workspaceKeys.apiSecret, baseUrl: workspaceUrl } });
    expect(saved.statusCode, saved.body).toBe(204);
    const joined = await joinCall(t, room.interviewId, room.host);
    expect(joined.statusCode, joined.body).toBe(200);
    expect(joined.json<{ url: string }>().url).toBe(workspaceUrl);
    const verdict = verifyLiveKitToken(joined.json<{ token: string }>().token, workspaceKeys);
    expect('claims' in verdict && verdict.claims.video?.room).toBe(room.interviewId);
    expect((await call(t, 'POST', `/api/interviews/${room.interviewId}/links/host/revoke`, { cookie: recruiter.cookie })).statusCode).toBe(204);
    expect(livekit.calls).toEqual([expect.objectContaining({ method: 'RemoveParticipant', body: { room: room.interviewId, identity: 'claims' in verdict ? verdict.claims.sub : 'none' } })]);
  });
});
