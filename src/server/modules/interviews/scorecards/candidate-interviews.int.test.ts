import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceMembers } from '#server/db/schema/index.ts';
import type { CandidateInterviews } from '#shared/contracts/candidate-interviews.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { insertJobAndCandidate } from '#tests/support/room-seed.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

const clock = new Date('2027-03-01T09:00:00Z');

describe("a hiring candidate's interviews and scorecards", () => {
  let t: TestApp;
  let owner: Caller;
  let nora: Caller;
  let pat: Caller;
  let ivy: Caller;
  let stranger: Caller;
  let workspaceId: string;
  let candidateId: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://parley.example' }, { now: () => clock });
    owner = await signUp(t, { name: 'Olga Owner' });
    nora = await signUp(t, { name: 'Nora Panel' });
    pat = await signUp(t, { name: 'Pat Panel' });
    ivy = await signUp(t, { name: 'Ivy Offpanel' });
    stranger = await signUp(t, { name: 'Sam Stranger' });
    workspaceId = (await call(t, 'POST', '/api/workspaces', { cookie: owner.cookie, payload: { name: 'Candidate page' } })).json<{ id: string }>().id;
    await t.database.db.insert(workspaceMembers).values([nora, pat, ivy].map((member) => ({ workspaceId, userId: member.userId, role: 'interviewer' as const })));
    ({ candidateId } = await insertJobAndCandidate(t.database.db, { workspaceId, userId: owner.userId }));
    const book = async (startsAt: string) => {
      const response = await call(t, 'POST', `/api/workspaces/${workspaceId}/interviews`, {
        cookie: owner.cookie,
        payload: { candidateName: 'Dana Whitfield', candidateEmail: 'dana.whitfield@example.org', candidateId, startsAt, timeZone: 'Europe/Berlin', durationMinutes: 45, panel: [{ email: nora.email, role: 'lead' }, { email: pat.email }], questions: ['Tell me about a queue you ran.'] },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{ id: string }>().id;
    };
    first = await book('2027-03-10T10:00');
    second = await book('2027-03-17T10:00');
    expect((await call(t, 'PUT', `/api/interviews/${first}/scorecard`, { cookie: nora.cookie, payload: { notes: 'Strong on queues.', overallRating: 4, recommendation: 'advance', submit: true } })).statusCode).toBe(200);
    expect((await call(t, 'POST', `/api/interviews/${first}/outcome`, { cookie: owner.cookie, payload: { outcome: 'advance' } })).statusCode).toBe(200);
  }, 300_000);
  afterAll(async () => t.close());

  const read = async (caller: Caller, id = candidateId, workspace = workspaceId) => call(t, 'GET', `/api/workspaces/${workspace}/candidates/${id}/interviews`, { cookie: caller.cookie });
  const of = async (caller: Caller) => {
    const response = await read(caller);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<CandidateInterviews>().items;
  };

  it('lists the interviews latest first with status and outcome, and every submitted scorecard for an owner', async () => {
    const items = await of(owner);
    expect(items.map((item) => item.interview.id)).toEqual([second, first]);
    expect(items[1]).toMatchObject({ interview: { status: 'scheduled', outcome: 'advance', startsAt: '2027-03-10T09:00:00.000Z', timeZone: 'Europe/Berlin' }, hidden: 0, scorecardsVisible: true });
    expect(items[1]!.scorecards.map((card) => [card.panelistEmail, card.recommendation, card.notes])).toEqual([[nora.email, 'advance', 'Strong on queues.']]);
    expect(items[0]).toMatchObject({ interview: { outcome: null }, scorecards: [], hidden: 0 });
  });

  it("hides the others' scorecards from a panelist until they submit their own", async () => {
    expect((await of(pat))[1]).toMatchObject({ scorecards: [], hidden: 1, scorecardsVisible: true });
    await call(t, 'PUT', `/api/interviews/${first}/scorecard`, { cookie: pat.cookie, payload: { notes: 'Still thinking.' } });
    const withDraft = (await of(pat))[1]!;
    expect(withDraft.scorecards.map((card) => [card.panelistEmail, card.submittedAt])).toEqual([[pat.email, null]]);
    expect(withDraft.hidden).toBe(1);
    await call(t, 'PUT', `/api/interviews/${first}/scorecard`, { cookie: pat.cookie, payload: { recommendation: 'hold', submit: true } });
    expect((await of(pat))[1]!.scorecards.map((card) => card.panelistEmail).sort()).toEqual([nora.email, pat.email].sort());
    expect((await of(nora))[1]!.scorecards).toHaveLength(2);
  });

  it('shows a member off the panel the interviews but no scorecard, and nothing to anyone outside the workspace', async () => {
    const items = await of(ivy);
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({ scorecards: [], hidden: 2, scorecardsVisible: false });
    expect((await read(stranger)).statusCode).toBe(404);
    const elsewhere = (await call(t, 'POST', '/api/workspaces', { cookie: stranger.cookie, payload: { name: 'Elsewhere' } })).json<{ id: string }>().id;
    // The candidate asked for through another workspace the caller owns is not found there.
    expect((await read(stranger, candidateId, elsewhere)).statusCode).toBe(404);
    expect((await read(owner, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
