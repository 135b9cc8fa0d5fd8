import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveNote } from '#shared/contracts/interviews.ts';
import { call, cookieHeader, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { insertJobAndCandidate, roomCvText } from '#tests/support/room-seed.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

const apiKey = 'sk-room-test';
const answer =
  'At Northwind Logistics I led the migration of the billing platform to Kubernetes. We cut deployment time from two hours to fifteen minutes, and I wrote the runbooks the on-call team still uses today.';

describe('live notes from an LLM: a note must rest on words really said or written', () => {
  let fake: FakeServer;
  let t: TestApp;
  let rita: Caller;
  let interviewId = '';
  let host = '';

  beforeAll(async () => {
    fake = await startFakeOpenAi({ apiKey });
    fake.respondWith({ kind: 'json', value: {} });
    t = await createTestApp({ PUBLIC_URL: 'https://parley.example', LLM_PROVIDER: 'openai', LLM_API_KEY: apiKey, LLM_BASE_URL: fake.baseUrl, LLM_MODEL: 'fake-model' }, { now: () => new Date('2027-03-01T09:00:00Z') });
    rita = await signUp(t, { name: 'Rita Recruiter' });
    const workspaceId = (await call(t, 'POST', '/api/workspaces', { cookie: rita.cookie, payload: { name: 'Northwind hiring' } })).json<{ id: string }>().id;
    const { jobId, candidateId } = await insertJobAndCandidate(t.database.db, { workspaceId, userId: rita.userId });
    const booked = await call(t, 'POST', `/api/workspaces/${workspaceId}/interviews`, {
      cookie: rita.cookie,
      payload: { candidateName: 'Dana Whitfield', candidateEmail: 'dana@example.org', jobId, candidateId, startsAt: '2027-03-02T10:00', timeZone: 'Europe/Berlin', durationMinutes: 60, panel: [], questions: ['Tell me about a migration you led.'] },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    interviewId = booked.json<{ id: string }>().id;
    const opened = async (url: string) => cookieHeader(await call(t, 'GET', new URL(url).pathname + new URL(url).search, { noOrigin: true }));
    host = await opened(booked.json<{ hostUrl: string }>().hostUrl);
    const candidate = await opened(booked.json<{ candidateUrl: string }>().candidateUrl);
    expect((await call(t, 'POST', '/api/room/consent', { cookie: candidate })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('drops AI notes whose quote is in neither the transcript nor the CV, keeps grounded ones with their model', async () => {
    fake.enqueue({
      kind: 'json',
      value: {
        notes: [
          { kind: 'claim', text: 'Verify the AWS certifications.', quote: 'I hold three AWS certifications' },
          { kind: 'key_point', text: 'Led a Kubernetes migration of the billing platform.', quote: 'I led the migration of the billing platform to Kubernetes' },
          { kind: 'claim', text: 'Check the deployment time figures against the CV.', quote: 'We cut deployment time from two hours to fifteen minutes' },
          { kind: 'follow_up', text: 'Ask how the team size grew.', quote: 'my team grew from four to twenty engineers' },
          { kind: 'follow_up', text: 'Ask who owned the rollback plan.' },
          { kind: 'key_point', text: 'Mentoring shows in the CV.', quote: 'Mentored three junior engineers' },
        ],
      },
    });
    const said = await call(t, 'POST', `/api/interviews/${interviewId}/transcript`, { cookie: host, payload: { speaker: 'candidate', text: answer } });
    expect(said.statusCode, said.body).toBe(202);
    expect(fake.requests.some((request) => JSON.stringify(request.body).includes('open_questions'))).toBe(true);
    const notes = (await call(t, 'GET', `/api/interviews/${interviewId}/notes`, { cookie: host })).json<LiveNote[]>();
    const ai = notes.filter((note) => note.source === 'ai');
    expect(ai.map((note) => note.text)).toEqual([
      'Led a Kubernetes migration of the billing platform.',
      'Check the deployment time figures against the CV.',
      'Ask who owned the rollback plan.',
      'Mentoring shows in the CV.',
    ]);
    for (const note of ai) if (note.quote) expect(answer.includes(note.quote) || roomCvText.includes(note.quote)).toBe(true);
    expect(ai[1]).toMatchObject({ kind: 'claim', cvQuote: '- Led the migration of the billing platform to Kubernetes, cutting deployment time from two hours to fifteen minutes' });
    expect(JSON.stringify(notes)).not.toContain('AWS');
  });
});
