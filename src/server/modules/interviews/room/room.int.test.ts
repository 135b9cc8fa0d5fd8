import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cookieHeader, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

let clock = new Date('2027-03-01T09:00:00Z');

describe('the live room: role links, notes and transcript', () => {
  let t: TestApp;
  let recruiter: Caller;
  let interviewId: string;
  let hostUrl: string;
  let candidateUrl: string;

  /** Follows the link as a browser would: the token is swapped for a cookie, then the clean URL answers. */
  async function open(url: string) {
    const first = await call(t, 'GET', new URL(url).pathname + new URL(url).search, { noOrigin: true });
    if (first.statusCode !== 303) return { status: first.statusCode, cookie: '', body: first.json() };
    const cookie = cookieHeader(first);
    const second = await call(t, 'GET', String(first.headers.location), { cookie, noOrigin: true });
    return { status: second.statusCode, cookie, body: second.json(), location: first.headers.location };
  }

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://parley.example' }, { now: () => clock });
    recruiter = await signUp(t, { name: 'Rita Recruiter' });
    const workspaceId = (await call(t, 'POST', '/api/workspaces', { cookie: recruiter.cookie, payload: { name: 'Acme' } })).json<{ id: string }>().id;
    const booked = await call(t, 'POST', `/api/workspaces/${workspaceId}/interviews`, {
      cookie: recruiter.cookie,
      payload: { candidateName: 'Dana Candidate', candidateEmail: 'dana@example.org', startsAt: '2027-03-02T10:00', timeZone: 'Europe/Berlin', durationMinutes: 60, panel: [] },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    ({ id: interviewId, hostUrl, candidateUrl } = booked.json());
  });
  afterAll(async () => t.close());

  it('keeps only the SHA-256 of each token', async () => {
    const { liveInterviewTokens } = await import('#server/db/schema/index.ts');
    const rows = await t.database.db.select().from(liveInterviewTokens);
    const tokens = [hostUrl, candidateUrl].map((url) => new URL(url).searchParams.get('token')!);
    const { createHash } = await import('node:crypto');
    expect(rows.map((row) => row.tokenHash).sort()).toEqual(tokens.map((token) => createHash('sha256').update(token).digest('hex')).sort());
    expect(JSON.stringify(rows)).not.toContain(tokens[0]);
  });

  it('swaps a link for a cookie and a clean URL, then says which room and role it opens', async () => {
    const host = await open(hostUrl);
    expect(host.location).toBe('/api/room');
    expect(host.status).toBe(200);
    expect(host.body).toEqual({ interviewId, role: 'host', title: 'Interview: Dana Candidate' });
    const candidate = await open(candidateUrl);
    expect(candidate.body).toMatchObject({ interviewId, role: 'candidate' });
    expect((await open('https://parley.example/api/room?token=not-a-real-token')).status).toBe(401);
  });

  it('lets the host add transcript and notes, and keeps the candidate out of both (403)', async () => {
    const host = await open(hostUrl);
    const candidate = await open(candidateUrl);
    expect((await call(t, 'POST', '/api/room/consent', { cookie: candidate.cookie })).statusCode).toBe(200);
    const said = await call(t, 'POST', `/api/interviews/${interviewId}/transcript`, { cookie: host.cookie, payload: { speaker: 'candidate', text: 'I moved our billing service to Kubernetes in 2024.' } });
    expect(said.statusCode, said.body).toBe(202);
    const note = await call(t, 'POST', `/api/interviews/${interviewId}/notes`, { cookie: host.cookie, payload: { text: 'Ask about rollback plans' } });
    expect(note.statusCode, note.body).toBe(201);
    const notes = await call(t, 'GET', `/api/interviews/${interviewId}/notes`, { cookie: host.cookie });
    expect(notes.json()).toEqual([
      expect.objectContaining({ seq: 1, source: 'system', text: 'The candidate accepted the recording notice: the transcript may start.' }),
      expect.objectContaining({ seq: 2, source: 'system', kind: 'note', text: expect.stringMatching(/^Not enough to go on/) }),
      expect.objectContaining({ seq: 3, source: 'host', kind: 'note', text: 'Ask about rollback plans' }),
    ]);
    expect((await call(t, 'GET', `/api/interviews/${interviewId}/notes?after=3`, { cookie: host.cookie })).json()).toEqual([]);
    expect((await call(t, 'GET', `/api/interviews/${interviewId}/notes`, { cookie: candidate.cookie })).statusCode).toBe(403);
    expect((await call(t, 'POST', `/api/interviews/${interviewId}/transcript`, { cookie: candidate.cookie, payload: { speaker: 'host', text: 'hi' } })).statusCode).toBe(403);
    expect((await call(t, 'GET', `/api/interviews/${interviewId}/notes`)).statusCode).toBe(401);
    // The recruiter's own session is a host too.
    expect((await call(t, 'GET', `/api/interviews/${interviewId}/notes`, { cookie: recruiter.cookie })).statusCode).toBe(200);
  });

  it('revokes a link (401 at once) and re-issues a working one', async () => {
    const candidate = await open(candidateUrl);
    const revoked = await call(t, 'POST', `/api/interviews/${interviewId}/links/candidate/revoke`, { cookie: recruiter.cookie });
    expect(revoked.statusCode).toBe(204);
    expect((await call(t, 'GET', '/api/room', { cookie: candidate.cookie, noOrigin: true })).statusCode).toBe(401);
    expect((await open(candidateUrl)).status).toBe(401);
    const reissued = await call(t, 'POST', `/api/interviews/${interviewId}/links/candidate`, { cookie: recruiter.cookie });
    expect(reissued.statusCode).toBe(201);
    expect((await open(reissued.json<{ url: string }>().url)).body).toMatchObject({ role: 'candidate', interviewId });
  });

  it('expires links a day after the planned end', async () => {
    clock = new Date('2027-03-03T10:00:00Z');
    expect((await open(hostUrl)).status).toBe(401);
    clock = new Date('2027-03-01T09:00:00Z');
    expect((await open(hostUrl)).status).toBe(200);
  });
});
