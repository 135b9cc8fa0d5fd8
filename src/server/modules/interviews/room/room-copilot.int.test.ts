import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { liveInterviews } from '#server/db/schema/index.ts';
import type { LiveNote, RoomReviewState, ScorecardPage } from '#shared/contracts/interviews.ts';
import { call, cookieHeader, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { openEventStream } from '#tests/support/event-stream.ts';
import { waitFor } from '#tests/support/hiring-http.ts';
import { addMember } from '#tests/support/hiring-seed.ts';
import { insertJobAndCandidate, roomCvText } from '#tests/support/room-seed.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

let clock = new Date('2027-03-01T09:00:00Z');

describe('the live room: consent, briefing, live notes, review and scorecards', () => {
  let t: TestApp;
  let url: string;
  let rita: Caller;
  let ivan: Caller;
  let interviewId: string;
  let host: string;
  let candidate: string;

  async function open(link: string): Promise<string> {
    const first = await call(t, 'GET', new URL(link).pathname + new URL(link).search, { noOrigin: true });
    expect(first.statusCode).toBe(303);
    return cookieHeader(first);
  }
  const notes = async (cookie: string) => (await call(t, 'GET', `/api/interviews/${interviewId}/notes`, { cookie })).json<LiveNote[]>();
  const say = (cookie: string, speaker: 'host' | 'candidate', text: string) => call(t, 'POST', `/api/interviews/${interviewId}/transcript`, { cookie, payload: { speaker, text } });

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://parley.example' }, { now: () => clock, withQueue: true });
    rita = await signUp(t, { name: 'Rita Recruiter' });
    ivan = await signUp(t, { name: 'Ivan Interviewer' });
    const workspaceId = (await call(t, 'POST', '/api/workspaces', { cookie: rita.cookie, payload: { name: 'Northwind hiring' } })).json<{ id: string }>().id;
    await addMember(t.database.db, workspaceId, ivan, 'interviewer');
    const { jobId, candidateId } = await insertJobAndCandidate(t.database.db, { workspaceId, userId: rita.userId });
    const booked = await call(t, 'POST', `/api/workspaces/${workspaceId}/interviews`, {
      cookie: rita.cookie,
      payload: {
        candidateName: 'Dana Whitfield',
        candidateEmail: 'dana.whitfield@example.org',
        jobId,
        candidateId,
        startsAt: '2027-03-02T10:00',
        timeZone: 'Europe/Berlin',
        durationMinutes: 60,
        meetingLink: 'https://meet.example.org/dana-whitfield',
        panel: [
          { email: rita.email, role: 'lead' },
          { email: ivan.email, role: 'interviewer' },
        ],
        questions: ['Tell me about a migration you led to Kubernetes.', 'How do you handle failed payments and retries with a payment provider?'],
      },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    interviewId = booked.json<{ id: string }>().id;
    host = await open(booked.json<{ hostUrl: string }>().hostUrl);
    candidate = await open(booked.json<{ candidateUrl: string }>().candidateUrl);
    url = await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => t.close());

  it('keeps the candidate link out of the briefing, notes, CV, review, transcript and scorecards (403)', async () => {
    for (const path of ['briefing', 'notes', 'room', 'review', 'transcript.txt', 'transcript.vtt', 'scorecard', 'scorecards']) {
      const response = await call(t, 'GET', `/api/interviews/${interviewId}/${path}`, { cookie: candidate });
      expect(response.statusCode, path).toBe(403);
    }
    expect((await call(t, 'POST', `/api/interviews/${interviewId}/end`, { cookie: candidate })).statusCode).toBe(403);
    expect((await call(t, 'PUT', `/api/interviews/${interviewId}/questions/q1/asked`, { cookie: candidate, payload: { asked: true } })).statusCode).toBe(403);
    const lobby = await call(t, 'GET', `/api/interviews/${interviewId}/lobby`, { cookie: candidate });
    expect(lobby.statusCode).toBe(200);
    expect(lobby.json()).toMatchObject({ role: 'candidate', title: 'Interview: Dana Whitfield — Senior Backend Engineer (Payments)', otherParty: 'Rita Recruiter', meetingLink: 'https://meet.example.org/dana-whitfield', consentAt: null });
    expect(lobby.json<{ notice: string }>().notice).toMatch(/transcript.*Rita Recruiter.*Northwind hiring/s);
    expect(lobby.body).not.toContain('Northwind Logistics');
  });

  it('refuses transcript segments until the candidate accepts the notice, and shows the host when they did', async () => {
    const refused = await say(host, 'candidate', 'Hello, nice to meet you.');
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { message: string } }>().error.message).toMatch(/candidate has not accepted/);
    expect((await call(t, 'GET', `/api/interviews/${interviewId}/room`, { cookie: host })).json()).toMatchObject({ consentAt: null, resumeText: roomCvText });
    expect((await call(t, 'POST', '/api/room/consent', { cookie: host })).statusCode).toBe(403);
    const accepted = await call(t, 'POST', '/api/room/consent', { cookie: candidate });
    expect(accepted.statusCode).toBe(200);
    const room = (await call(t, 'GET', `/api/interviews/${interviewId}/room`, { cookie: host })).json<{ consentAt: string }>();
    expect(room.consentAt).toBe(accepted.json<{ consentAt: string }>().consentAt);
    expect(await notes(host)).toEqual([expect.objectContaining({ source: 'system', text: expect.stringMatching(/accepted the recording notice/) })]);
    expect((await say(host, 'host', 'Thanks for joining, Dana. Tell me about a migration you led to Kubernetes.')).statusCode).toBe(202);
  });

  it('briefs the host from the job and the CV, once, and keeps it', async () => {
    const briefing = await call(t, 'GET', `/api/interviews/${interviewId}/briefing`, { cookie: host });
    expect(briefing.statusCode, briefing.body).toBe(200);
    const body = briefing.json<{ brief: { strengths: { quote: string | null }[]; match: { matched: string[] } }; questions: unknown[] }>();
    expect(body.brief.match.matched).toEqual(expect.arrayContaining(['Go', 'PostgreSQL', 'Kubernetes']));
    for (const strength of body.brief.strengths) if (strength.quote) expect(roomCvText).toContain(strength.quote);
    expect(body.questions).toHaveLength(2);
    const [live] = await t.database.db.select({ briefing: liveInterviews.briefing }).from(liveInterviews).where(eq(liveInterviews.scheduledInterviewId, interviewId));
    expect(live?.briefing).toEqual(body.brief);
    expect((await call(t, 'GET', `/api/interviews/${interviewId}/briefing`, { cookie: rita.cookie })).json()).toEqual(body);
  });

  it('says only "not enough to go on" for too little speech, then notes claims against the CV with both quotes', async () => {
    expect((await say(host, 'candidate', 'Sure, happy to.')).statusCode).toBe(202);
    let all = await notes(host);
    expect(all.filter((note) => note.source === 'ai')).toEqual([]);
    expect(all.filter((note) => /not enough to go on/i.test(note.text))).toHaveLength(1);
    await say(host, 'candidate', 'Yes.');
    expect((await notes(host)).filter((note) => /not enough to go on/i.test(note.text))).toHaveLength(1);

    const answer =
      'At Northwind Logistics I led the migration of the billing platform to Kubernetes. We cut deployment time from two hours to fifteen minutes, and I wrote the runbooks the on-call team still uses.';
    expect((await say(host, 'candidate', answer)).statusCode).toBe(202);
    all = await notes(host);
    const ai = all.filter((note) => note.source === 'ai');
    expect(ai.length).toBeGreaterThan(0);
    const transcript = (await call(t, 'GET', `/api/interviews/${interviewId}/transcript.txt`, { cookie: host })).body;
    for (const note of ai) if (note.quote) expect(transcript.includes(note.quote) || roomCvText.includes(note.quote)).toBe(true);
    const claim = ai.find((note) => note.kind === 'claim' && note.cvQuote);
    expect(claim?.cvQuote).toBe('- Led the migration of the billing platform to Kubernetes, cutting deployment time from two hours to fifteen minutes');
    // The migration question was asked aloud but not ticked yet: the follow-up points to it, as written.
    expect(ai.some((note) => note.kind === 'follow_up' && note.text.endsWith('not asked yet, that follows from this: Tell me about a migration you led to Kubernetes.'))).toBe(true);
    expect(all.map((note) => note.seq)).toEqual(all.map((_, index) => index + 1));
  });

  it('ticks a question as asked with a system note', async () => {
    const ticked = await call(t, 'PUT', `/api/interviews/${interviewId}/questions/q1/asked`, { cookie: host, payload: { asked: true } });
    expect(ticked.statusCode, ticked.body).toBe(200);
    expect(ticked.json()).toEqual([
      { id: 'q1', text: 'Tell me about a migration you led to Kubernetes.', asked: true },
      { id: 'q2', text: 'How do you handle failed payments and retries with a payment provider?', asked: false },
    ]);
    const last = (await notes(host)).at(-1);
    expect(last).toMatchObject({ source: 'system', text: 'Question asked: Tell me about a migration you led to Kubernetes.' });
    expect((await call(t, 'PUT', `/api/interviews/${interviewId}/questions/q9/asked`, { cookie: host, payload: { asked: true } })).statusCode).toBe(404);
  });

  it('resumes the note stream after Last-Event-ID with no gap and no duplicate', async () => {
    const before = await notes(host);
    const resumeAfter = before[1]!.seq;
    const stream = await openEventStream(`${url}/api/interviews/${interviewId}/notes/stream`, { cookie: host, 'last-event-id': String(resumeAfter) });
    try {
      const seen: number[] = [];
      for (let index = resumeAfter; index < before.length; index += 1) seen.push(Number((await stream.next()).id));
      expect(seen).toEqual(before.slice(2).map((note) => note.seq));
      const added = await call(t, 'POST', `/api/interviews/${interviewId}/notes`, { cookie: rita.cookie, payload: { text: 'Ask for the runbook' } });
      const next = await stream.next();
      expect(Number(next.id)).toBe(added.json<LiveNote>().seq);
      expect(JSON.parse(next.data)).toMatchObject({ source: 'host', text: 'Ask for the runbook' });
    } finally {
      stream.close();
    }
  });

  it('ends the room; the review job writes a review with quotes and no inference about the person, and a draft that fills only empty fields', async () => {
    const mine = await call(t, 'PUT', `/api/interviews/${interviewId}/scorecard`, { cookie: rita.cookie, payload: { notes: 'Strong on Kubernetes; probe payments.', ratings: { q1: 4 } } });
    expect(mine.statusCode, mine.body).toBe(200);
    const ended = await call(t, 'POST', `/api/interviews/${interviewId}/end`, { cookie: host });
    expect(ended.statusCode).toBe(202);
    expect((await call(t, 'POST', `/api/interviews/${interviewId}/end`, { cookie: host })).statusCode).toBe(409);
    expect((await say(host, 'candidate', 'One more thing.')).statusCode).toBe(409);
    const ready = await waitFor(
      async () => (await call(t, 'GET', `/api/interviews/${interviewId}/review`, { cookie: rita.cookie })).json<RoomReviewState>(),
      (state) => state.state !== 'pending',
    );
    expect(ready.state).toBe('ready');
    const review = ready.review!;
    expect(Object.keys(review).sort()).toEqual(['concerns', 'evidence', 'notShown', 'rating', 'reasons', 'recommendation', 'summary']);
    expect(JSON.stringify(review)).not.toMatch(/emotion|personality|confiden|sentiment|nervous|enthusias/i);
    const transcript = (await call(t, 'GET', `/api/interviews/${interviewId}/transcript.txt`, { cookie: host })).body;
    expect(review.evidence.length).toBeGreaterThan(0);
    for (const item of review.evidence) expect(transcript).toContain(item.quote);
    expect(review.evidence.map((item) => item.competency)).toContain('Kubernetes');
    // The draft keeps what Rita wrote and fills only what she left empty.
    expect(ready.scorecardSubmitted).toBe(false);
    expect(ready.draft).toEqual({ ratings: { q1: 4 }, notes: 'Strong on Kubernetes; probe payments.', overallRating: review.rating, recommendation: review.recommendation });
    // Nothing is saved until she confirms.
    expect((await call(t, 'GET', `/api/interviews/${interviewId}/scorecard`, { cookie: rita.cookie })).json()).toMatchObject({ scorecard: { recommendation: null, overallRating: null } });
    // The panelist who has not submitted is reminded in the app.
    const ivansBell = await waitFor(
      async () => (await call(t, 'GET', '/api/notifications', { cookie: ivan.cookie })).json<{ items: { type: string; link: string }[] }>(),
      (page) => page.items.some((item) => item.type === 'scorecard_reminder'),
    );
    expect(ivansBell.items.find((item) => item.type === 'scorecard_reminder')?.link).toBe(`/hiring/interviews/${interviewId}/scorecard`);
  });

  it('hides the others’ scorecards from a panelist until their own is submitted', async () => {
    const confirmed = await call(t, 'PUT', `/api/interviews/${interviewId}/scorecard`, { cookie: rita.cookie, payload: { recommendation: 'advance', overallRating: 4, submit: true } });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ scorecard: { notes: 'Strong on Kubernetes; probe payments.', ratings: { q1: 4 }, recommendation: 'advance', submittedAt: expect.any(String) } });
    expect((await call(t, 'PUT', `/api/interviews/${interviewId}/scorecard`, { cookie: rita.cookie, payload: { notes: 'changed' } })).statusCode).toBe(409);

    const hidden = (await call(t, 'GET', `/api/interviews/${interviewId}/scorecards`, { cookie: ivan.cookie })).json<ScorecardPage>();
    expect(hidden).toMatchObject({ items: [], total: 0, hidden: 1 });
    expect((await call(t, 'PUT', `/api/interviews/${interviewId}/scorecard`, { cookie: ivan.cookie, payload: { notes: 'Solid.', submit: true } })).statusCode).toBe(400);
    await call(t, 'PUT', `/api/interviews/${interviewId}/scorecard`, { cookie: ivan.cookie, payload: { notes: 'Solid on infrastructure.', ratings: { q2: 3 } } });
    const ownDraft = (await call(t, 'GET', `/api/interviews/${interviewId}/scorecards`, { cookie: ivan.cookie })).json<ScorecardPage>();
    expect(ownDraft.items.map((card) => card.panelistEmail)).toEqual([ivan.email]);
    expect(ownDraft.hidden).toBe(1);
    await call(t, 'PUT', `/api/interviews/${interviewId}/scorecard`, { cookie: ivan.cookie, payload: { recommendation: 'hold', submit: true } });
    const shown = (await call(t, 'GET', `/api/interviews/${interviewId}/scorecards`, { cookie: ivan.cookie })).json<ScorecardPage>();
    expect(shown.items.map((card) => card.panelistEmail).sort()).toEqual([ivan.email, rita.email].sort());
    expect(shown.hidden).toBe(0);
    expect((await call(t, 'PUT', `/api/interviews/${interviewId}/scorecard`, { cookie: ivan.cookie, payload: { ratings: { nope: 3 } } })).statusCode).toBe(400);
  });

  it('records completed and the outcome (owner, recruiter), not before the start', async () => {
    expect((await call(t, 'POST', `/api/interviews/${interviewId}/outcome`, { cookie: rita.cookie, payload: { status: 'completed' } })).statusCode).toBe(400);
    clock = new Date('2027-03-02T10:30:00Z');
    expect((await call(t, 'POST', `/api/interviews/${interviewId}/outcome`, { cookie: ivan.cookie, payload: { outcome: 'advance' } })).statusCode).toBe(403);
    const recorded = await call(t, 'POST', `/api/interviews/${interviewId}/outcome`, { cookie: rita.cookie, payload: { status: 'completed', outcome: 'advance' } });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({ status: 'completed', outcome: 'advance' });
    expect((await call(t, 'POST', `/api/interviews/${interviewId}/outcome`, { cookie: rita.cookie, payload: { outcome: 'maybe' } })).statusCode).toBe(400);
    clock = new Date('2027-03-01T09:00:00Z');
  });

  it('exports the transcript as text and WebVTT', async () => {
    const text = await call(t, 'GET', `/api/interviews/${interviewId}/transcript.txt`, { cookie: host });
    expect(text.headers['content-type']).toMatch(/^text\/plain/);
    expect(text.body).toMatch(/^Interview: Dana Whitfield/);
    expect(text.body).toContain('] Host: Thanks for joining, Dana.');
    expect(text.body).toContain('] Candidate: At Northwind Logistics I led the migration');
    const vtt = await call(t, 'GET', `/api/interviews/${interviewId}/transcript.vtt`, { cookie: rita.cookie });
    expect(vtt.headers['content-type']).toMatch(/^text\/vtt/);
    const blocks = vtt.body.trim().split(/\n\n/);
    expect(blocks[0]).toBe('WEBVTT');
    expect(blocks).toHaveLength(5);
    const times = blocks.slice(1).map((block) => {
      const [, start = '', end = ''] = /^(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})$/m.exec(block) ?? [];
      return { start, end };
    });
    for (let index = 1; index < times.length; index += 1) expect(times[index]!.start >= times[index - 1]!.end).toBe(true);
    expect(blocks[1]).toContain('<v Host>Thanks for joining, Dana.');
  });

  it('closes the host link’s live stream when the link is revoked', async () => {
    const stream = await openEventStream(`${url}/api/interviews/${interviewId}/notes/stream`, { cookie: host, 'last-event-id': '999' });
    try {
      expect(stream.status).toBe(200);
      expect((await call(t, 'POST', `/api/interviews/${interviewId}/links/host/revoke`, { cookie: rita.cookie })).statusCode).toBe(204);
      const closed = await stream.next(1000);
      expect(closed.event).toBe('closed');
      expect((await call(t, 'GET', `/api/interviews/${interviewId}/notes`, { cookie: host })).statusCode).toBe(401);
    } finally {
      stream.close();
    }
  });
});
