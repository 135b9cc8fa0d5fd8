import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRemindersOf } from '#server/modules/interviews/scheduling/reminders.repo.ts';
import { call, cookieHeader, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

// The app's clock, frozen: expectations never depend on "today".
const clock = new Date('2027-03-01T09:00:00Z');

describe('the candidate answers from their link; the recruiter offers slots; panel conflicts are warned about', () => {
  let t: TestApp;
  let recruiter: Caller;
  let outsider: Caller;
  let workspaceId: string;

  /** Opens a role link as a browser would and keeps the room cookie it is swapped for. */
  async function cookieOf(url: string): Promise<string> {
    const first = await call(t, 'GET', new URL(url).pathname + new URL(url).search, { noOrigin: true });
    expect(first.statusCode).toBe(303);
    return cookieHeader(first);
  }

  async function book(candidateEmail: string, extra: Record<string, unknown> = {}) {
    const response = await call(t, 'POST', `/api/workspaces/${workspaceId}/interviews`, {
      cookie: recruiter.cookie,
      payload: { candidateName: 'Priya Raman', candidateEmail, candidateTimeZone: 'Asia/Kolkata', startsAt: '2027-03-10T15:00', timeZone: 'Europe/Berlin', durationMinutes: 45, panel: [{ email: recruiter.email, role: 'lead' }], ...extra },
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json<{ id: string; candidateUrl: string; hostUrl: string }>();
    return { id: body.id, candidate: await cookieOf(body.candidateUrl), host: await cookieOf(body.hostUrl) };
  }

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://parley.example' }, { now: () => clock });
    recruiter = await signUp(t, { name: 'Rita Recruiter' });
    outsider = await signUp(t, { name: 'Otto Outsider' });
    workspaceId = (await call(t, 'POST', '/api/workspaces', { cookie: recruiter.cookie, payload: { name: 'Acme hiring' } })).json<{ id: string }>().id;
    await call(t, 'POST', '/api/workspaces', { cookie: outsider.cookie, payload: { name: 'Elsewhere' } });
  });
  afterAll(async () => t.close());

  it('shows the candidate the interview in their own zone, and records a confirm the recruiter sees and is told of', async () => {
    const interview = await book('priya@example.org');
    const view = await call(t, 'GET', `/api/interviews/${interview.id}/candidate`, { cookie: interview.candidate });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ interviewId: interview.id, otherParty: 'Rita Recruiter', timeZone: 'Asia/Kolkata', localStartsAt: '2027-03-10T19:30+05:30', candidateRsvp: 'needs_action' });
    expect(view.json()).not.toHaveProperty('questions');

    const confirmed = await call(t, 'POST', `/api/interviews/${interview.id}/candidate/answer`, { cookie: interview.candidate, payload: { answer: 'confirm' } });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ candidateRsvp: 'accepted', status: 'confirmed', candidateAnsweredAt: clock.toISOString() });
    const seen = await call(t, 'GET', `/api/interviews/${interview.id}`, { cookie: recruiter.cookie });
    expect(seen.json()).toMatchObject({ candidateRsvp: 'accepted', status: 'confirmed' });
    const bell = await call(t, 'GET', '/api/notifications', { cookie: recruiter.cookie });
    expect(JSON.stringify(bell.json())).toContain('Priya Raman confirmed the interview');
  });

  it('records a decline', async () => {
    const interview = await book('decline@example.org');
    const declined = await call(t, 'POST', `/api/interviews/${interview.id}/candidate/answer`, { cookie: interview.candidate, payload: { answer: 'decline' } });
    expect(declined.json()).toMatchObject({ candidateRsvp: 'declined' });
    expect((await call(t, 'GET', `/api/interviews/${interview.id}/time-options`, { cookie: recruiter.cookie })).json()).toMatchObject({ candidateRsvp: 'declined', proposals: [] });
  });

  it('takes up to three other times, each validated like a booking, and refuses bad ones with a 400 naming the field', async () => {
    const interview = await book('propose@example.org');
    const propose = (proposals: unknown) => call(t, 'POST', `/api/interviews/${interview.id}/candidate/answer`, { cookie: interview.candidate, payload: { answer: 'propose', proposals } });
    const cases: [unknown, RegExp][] = [
      [[], /proposals/],
      [Array.from({ length: 4 }, () => ({ startsAt: '2027-03-12T10:00', timeZone: 'Asia/Kolkata' })), /proposals/],
      [[{ startsAt: '2027-03-14T02:30', timeZone: 'America/New_York' }], /proposals\.0\.startsAt: 2027-03-14T02:30 does not exist in America\/New_York/],
      [[{ startsAt: '2027-03-12T10:00', timeZone: 'Asia/Kolkata' }, { startsAt: '2027-03-12T10:00', timeZone: 'Mars/Olympus' }], /proposals\.1\.timeZone/],
      [[{ startsAt: '2027-02-01T10:00', timeZone: 'Asia/Kolkata' }], /proposals\.0\.startsAt: .* is in the past/],
      [[{ startsAt: 'next tuesday', timeZone: 'Asia/Kolkata' }], /proposals/],
    ];
    for (const [proposals, message] of cases) {
      const response = await propose(proposals);
      expect(response.statusCode, JSON.stringify(proposals)).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(message);
    }
    expect((await call(t, 'GET', `/api/interviews/${interview.id}/time-options`, { cookie: recruiter.cookie })).json()).toMatchObject({ candidateRsvp: 'needs_action', proposals: [] });

    const asked = await propose([
      { startsAt: '2027-03-12T10:00', timeZone: 'Asia/Kolkata' },
      { startsAt: '2027-03-13T14:30', timeZone: 'Asia/Kolkata' },
    ]);
    expect(asked.statusCode, asked.body).toBe(200);
    const options = (await call(t, 'GET', `/api/interviews/${interview.id}/time-options`, { cookie: recruiter.cookie })).json();
    expect(options.candidateRsvp).toBe('tentative');
    expect(options.proposals.map((p: { startsAt: string }) => p.startsAt)).toEqual(['2027-03-12T04:30:00.000Z', '2027-03-13T09:00:00.000Z']);
    expect(JSON.stringify((await call(t, 'GET', '/api/notifications', { cookie: recruiter.cookie })).json())).toContain('asks for another time: Friday, 12 March 2027 10:00');
  });

  it('lets a recruiter offer 2–5 slots; the candidate picks one and the interview moves there (same UID, SEQUENCE + 1, reminders rewritten)', async () => {
    const interview = await book('pick@example.org');
    const offer = (slots: unknown) => call(t, 'POST', `/api/interviews/${interview.id}/offers`, { cookie: recruiter.cookie, payload: { slots } });
    expect((await offer([{ startsAt: '2027-03-11T10:00', timeZone: 'Europe/Berlin' }])).json<{ error: { message: string } }>().error.message).toMatch(/slots/);
    expect((await offer(Array.from({ length: 6 }, (_, i) => ({ startsAt: `2027-03-1${i}T10:00`, timeZone: 'Europe/Berlin' })))).statusCode).toBe(400);
    expect((await offer([{ startsAt: '2027-03-11T10:00', timeZone: 'Europe/Berlin' }, { startsAt: '2027-03-28T02:30', timeZone: 'Europe/Berlin' }])).json<{ error: { message: string } }>().error.message).toMatch(/slots\.1\.startsAt: .* does not exist/);
    const offered = await offer([
      { startsAt: '2027-03-11T10:00', timeZone: 'Europe/Berlin' },
      { startsAt: '2027-03-12T16:00', timeZone: 'Europe/Berlin' },
    ]);
    expect(offered.statusCode, offered.body).toBe(201);

    const before = await call(t, 'GET', `/api/interviews/${interview.id}/invite.ics`, { cookie: recruiter.cookie });
    const uid = /UID:(.+)\r\n/.exec(before.body)?.[1];
    const view = (await call(t, 'GET', `/api/interviews/${interview.id}/candidate`, { cookie: interview.candidate })).json();
    expect(view.offers.map((o: { localStartsAt: string }) => o.localStartsAt)).toEqual(['2027-03-11T10:00+01:00', '2027-03-12T16:00+01:00']);
    expect((await call(t, 'POST', `/api/interviews/${interview.id}/candidate/pick`, { cookie: interview.candidate, payload: { slotId: '00000000-0000-4000-8000-000000000000' } })).statusCode).toBe(400);

    const picked = await call(t, 'POST', `/api/interviews/${interview.id}/candidate/pick`, { cookie: interview.candidate, payload: { slotId: view.offers[1].id } });
    expect(picked.statusCode, picked.body).toBe(200);
    expect(picked.json()).toMatchObject({ startsAt: '2027-03-12T15:00:00.000Z', candidateRsvp: 'accepted', status: 'confirmed', offers: [] });
    const after = await call(t, 'GET', `/api/interviews/${interview.id}/invite.ics`, { cookie: recruiter.cookie });
    expect(after.body).toContain(`UID:${uid}\r\n`);
    expect(after.body).toMatch(/SEQUENCE:1\r\n/);
    expect(after.body).toMatch(/DTSTART:20270312T150000Z/);
    const reminders = (await findRemindersOf(t.database.db, interview.id)).filter((r) => r.reminderType !== 'scorecard');
    expect(new Set(reminders.map((r) => r.sendAt.toISOString()))).toEqual(new Set(['2027-03-11T15:00:00.000Z', '2027-03-12T14:00:00.000Z']));
    expect(reminders.every((r) => r.scheduleSequence === 1)).toBe(true);
  });

  it('takes one of two simultaneous picks and answers the other 409: the interview moves once', async () => {
    const interview = await book('race@example.org');
    const offered = await call(t, 'POST', `/api/interviews/${interview.id}/offers`, {
      cookie: recruiter.cookie,
      payload: { slots: [{ startsAt: '2027-03-11T10:00', timeZone: 'Europe/Berlin' }, { startsAt: '2027-03-12T16:00', timeZone: 'Europe/Berlin' }] },
    });
    const [first, second] = offered.json<{ offers: { id: string; startsAt: string }[] }>().offers;
    const pick = (slotId: string) => call(t, 'POST', `/api/interviews/${interview.id}/candidate/pick`, { cookie: interview.candidate, payload: { slotId } });
    const answers = await Promise.all([pick(first!.id), pick(second!.id)]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    const winner = answers.find((answer) => answer.statusCode === 200)!.json<{ startsAt: string }>().startsAt;
    expect(answers.find((answer) => answer.statusCode === 409)!.json<{ error: { message: string } }>().error.message).toMatch(/no longer on offer/);
    const ics = await call(t, 'GET', `/api/interviews/${interview.id}/invite.ics`, { cookie: recruiter.cookie });
    expect(ics.body).toMatch(/SEQUENCE:1\r\n/);
    expect(ics.body).toContain(`DTSTART:${winner.replace(/[-:]/g, '').replace('.000', '')}`);
  });

  it('keeps the candidate link out of host things, and hosts and members out of candidate answers', async () => {
    const interview = await book('authz@example.org');
    const other = await book('other@example.org');
    const answer = (cookie: string | undefined, id = interview.id) => call(t, 'POST', `/api/interviews/${id}/candidate/answer`, { ...(cookie ? { cookie } : {}), payload: { answer: 'confirm' } });
    expect((await answer(undefined)).statusCode).toBe(401);
    expect((await answer(interview.host)).statusCode).toBe(403);
    expect((await answer(recruiter.cookie)).statusCode).toBe(403);
    expect((await answer(interview.candidate, other.id)).statusCode).toBe(404);
    expect((await call(t, 'GET', `/api/interviews/${interview.id}/candidate`, { cookie: interview.host })).statusCode).toBe(403);

    // The candidate's cookie is no session: the recruiter's routes do not open to it.
    const slots = [{ startsAt: '2027-03-11T10:00', timeZone: 'Europe/Berlin' }, { startsAt: '2027-03-12T10:00', timeZone: 'Europe/Berlin' }];
    expect((await call(t, 'POST', `/api/interviews/${interview.id}/offers`, { cookie: interview.candidate, payload: { slots } })).statusCode).toBe(401);
    expect((await call(t, 'GET', `/api/interviews/${interview.id}/time-options`, { cookie: interview.candidate })).statusCode).toBe(401);
    expect((await call(t, 'GET', `/api/interviews/${interview.id}/notes`, { cookie: interview.candidate })).statusCode).toBe(403);

    // Another workspace's member sees nothing of it.
    expect((await call(t, 'GET', `/api/interviews/${interview.id}/time-options`, { cookie: outsider.cookie })).statusCode).toBe(404);
    expect((await call(t, 'POST', `/api/interviews/${interview.id}/offers`, { cookie: outsider.cookie, payload: { slots } })).statusCode).toBe(404);
    const conflicts = `/api/workspaces/${workspaceId}/interviews/conflicts?emails=${encodeURIComponent(recruiter.email)}&startsAt=2027-03-10T15:00&timeZone=Europe/Berlin&durationMinutes=30`;
    expect((await call(t, 'GET', conflicts, { cookie: outsider.cookie })).statusCode).toBe(404);
  });

  it('warns before saving when a panelist is already booked at that time', async () => {
    const first = await book('busy@example.org', { startsAt: '2027-04-06T10:00', panel: [{ email: 'nadia@partner.example', role: 'interviewer' }] });
    const ask = (query: string) => call(t, 'GET', `/api/workspaces/${workspaceId}/interviews/conflicts?${query}`, { cookie: recruiter.cookie });
    const overlapping = await ask('emails=Nadia@partner.example,free@partner.example&startsAt=2027-04-06T10:30&timeZone=Europe/Berlin&durationMinutes=60');
    expect(overlapping.statusCode, overlapping.body).toBe(200);
    expect(overlapping.json()).toEqual({ conflicts: [{ email: 'nadia@partner.example', interviewId: first.id, candidateName: 'Priya Raman', startsAt: '2027-04-06T08:00:00.000Z' }] });
    expect((await ask('emails=nadia@partner.example&startsAt=2027-04-06T10:45&timeZone=Europe/Berlin&durationMinutes=30')).json()).toEqual({ conflicts: [] });
    expect((await ask(`emails=nadia@partner.example&startsAt=2027-04-06T10:00&timeZone=Europe/Berlin&durationMinutes=30&excludeId=${first.id}`)).json()).toEqual({ conflicts: [] });
    const bad = await ask('emails=nadia@partner.example&startsAt=2027-04-06T10:00&timeZone=%2B02:00&durationMinutes=30');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toMatch(/timeZone/);
  });

  it('drafts the questions of a job to edit before booking, and asks for a job when there is none', async () => {
    const job = await call(t, 'POST', `/api/workspaces/${workspaceId}/jobs`, {
      cookie: recruiter.cookie,
      payload: { title: 'Backend Engineer', description: 'We build payment APIs in Go on PostgreSQL. You will design services, review code, and run them on Kubernetes with the on-call rotation.' },
    });
    expect(job.statusCode, job.body).toBe(201);
    const drafted = await call(t, 'POST', `/api/workspaces/${workspaceId}/interviews/questions`, { cookie: recruiter.cookie, payload: { jobId: job.json<{ id: string }>().id } });
    expect(drafted.statusCode, drafted.body).toBe(200);
    expect(drafted.json<{ questions: string[] }>().questions.length).toBeGreaterThan(2);
    const none = await call(t, 'POST', `/api/workspaces/${workspaceId}/interviews/questions`, { cookie: recruiter.cookie, payload: {} });
    expect(none.statusCode).toBe(400);
    expect(none.json<{ error: { message: string } }>().error.message).toMatch(/^jobId:/);
  });
});
