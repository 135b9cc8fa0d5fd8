import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, firstLink, latestMail, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { buildUrl, exampleBody, listRoutes, multipartExample, type OpenApiDocument, type WalkRoute } from '#tests/support/openapi-walk.ts';
import { multipartBody } from '#tests/support/hiring-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

/**
 * Walks every route of the OpenAPI document, so routes added later are covered without editing this file:
 * anonymous callers get 401, another user gets 403/404 on the first user's resources, and an interviewer
 * is refused what only recruiters or owners may do. Only the lists below need care.
 */

/** Routes anyone may call. Everything else must answer 401 without a session. */
/** Open without a session: health, the sign-in page's configuration, and LiveKit's webhook (its signature is checked instead: call-webhook.int.test.ts). */
const publicRoutes = new Set(['GET /api/health', 'GET /api/auth-config', 'POST /api/livekit/webhook']);

/**
 * Interviewers may read inside their workspace but change nothing, with these exceptions. Every other change to a route
 * under a workspace (or one of its jobs, batches, candidates) must answer them 403.
 */
/** Interviewers may write notes on candidates (decision 047); a note is then changed only by its author. */
const interviewerMayChange = new Set(['POST /api/workspaces/{workspaceId}/leave', 'POST /api/candidates/{candidateId}/notes']);
/** Reads kept from interviewers (owner/recruiter business). */
const interviewerMayNotRead = new Set(['GET /api/workspaces/{workspaceId}/invitations', 'GET /api/workspaces/{workspaceId}/keys', 'GET /api/workspaces/{workspaceId}/analytics']);
/** Path parameters naming something inside a workspace; the interviewer walk covers routes with any of them. */
const workspaceScopedParams = ['workspaceId', 'jobId', 'batchId', 'candidateId', 'id'];

/** Bodies for routes whose schema the example builder cannot satisfy on its own. */
const exampleBodies: Record<string, unknown> = {
  'PUT /api/admin/settings/{key}': { value: 'open' },
  'POST /api/workspaces/{workspaceId}/interviews': {
    candidateName: 'Walk Candidate',
    candidateEmail: 'walk.candidate@example.test',
    startsAt: '2030-03-10T15:00',
    timeZone: 'Europe/Berlin',
    durationMinutes: 30,
    panel: [],
  },
  'PATCH /api/interviews/{id}': { startsAt: '2030-03-11T15:00', timeZone: 'Europe/Berlin' },
  'PUT /api/interviews/{id}/panel': { panel: [] },
  'POST /api/interviews/{id}/rsvp': { rsvp: 'accepted' },
  'POST /api/interviews/{id}/cancel': {},
  'POST /api/interviews/{id}/transcript': { speaker: 'candidate', text: 'I built the billing service.' },
  'POST /api/interviews/{id}/notes': { text: 'Ask about rollbacks' },
  'POST /api/workspaces/{workspaceId}/interviews/questions': {},
  'POST /api/interviews/{id}/offers': {
    slots: [
      { startsAt: '2030-03-12T10:00', timeZone: 'Europe/Berlin' },
      { startsAt: '2030-03-13T10:00', timeZone: 'Europe/Berlin' },
    ],
  },
  'POST /api/interviews/{id}/candidate/answer': { answer: 'confirm' },
  'POST /api/interviews/{id}/candidate/pick': { slotId: '00000000-0000-4000-8000-000000000000' },
  'PUT /api/interviews/{id}/questions/{questionId}/asked': { asked: true },
  'PUT /api/interviews/{id}/scorecard': { notes: 'Walked through', submit: false },
  'POST /api/interviews/{id}/outcome': { outcome: 'hold' },
};

/** Upload routes (the OpenAPI document does not carry `consumes`): sent a small multipart body. */
const multipartRoutes = new Set(['POST /api/jobs/{jobId}/batches']);

/** Event streams stay open: only the anonymous walk calls them (the stream's own test checks what it sends to whom). */
const streamRoutes = new Set(['GET /api/notifications/stream']);

/** Path parameters that are not resource ids (a second user legitimately has their own /api/me/keys/openai). */
const nonOwnershipParams = new Set(['provider']);

describe('authorization on every route', () => {
  let t: TestApp;
  let routes: WalkRoute[];
  let owner: Caller;
  let other: Caller;
  let interviewer: Caller;
  const ids: Record<string, string> = { provider: 'openai', key: 'signup.policy' };

  beforeAll(async () => {
    t = await createTestApp();
    await signUp(t, { name: 'Installation Admin' });
    owner = await signUp(t, { name: 'Owner One' });
    other = await signUp(t, { name: 'Other Two' });
    interviewer = await signUp(t, { name: 'Interviewer Three' });

    const workspace = await call(t, 'POST', '/api/workspaces', { cookie: owner.cookie, payload: { name: 'Walk Co' } });
    ids.workspaceId = workspace.json().id;
    await call(t, 'POST', `/api/workspaces/${ids.workspaceId}/invitations`, { cookie: owner.cookie, payload: { email: interviewer.email, role: 'interviewer' } });
    const token = new URL(firstLink((await latestMail(t, interviewer.email)).textBody)).searchParams.get('token');
    expect((await call(t, 'POST', '/api/invitations/accept', { cookie: interviewer.cookie, payload: { token } })).statusCode).toBe(200);
    const pending = await call(t, 'POST', `/api/workspaces/${ids.workspaceId}/invitations`, { cookie: owner.cookie, payload: { email: 'later@example.test', role: 'recruiter' } });
    ids.invitationId = pending.json().id;
    // An interview booked by the owner (its routes take :id) and a role of its links.
    const interview = await call(t, 'POST', `/api/workspaces/${ids.workspaceId}/interviews`, { cookie: owner.cookie, payload: exampleBodies['POST /api/workspaces/{workspaceId}/interviews'] });
    expect(interview.statusCode).toBe(201);
    ids.id = interview.json().id;
    ids.role = 'candidate';
    await call(t, 'PUT', '/api/me/keys/openai', { cookie: owner.cookie, payload: { apiKey: 'sk-owner-key-0000' } });
    await call(t, 'PUT', `/api/workspaces/${ids.workspaceId}/keys/openai`, { cookie: owner.cookie, payload: { apiKey: 'sk-workspace-key-0000' } });
    ids.sessionId = (await call(t, 'GET', '/api/me/sessions', { cookie: owner.cookie })).json().items[0].id;
    ids.userId = owner.userId;
    // Other modules' fixtures, created through their own routes when they exist, so their ids are real in the walk.
    const job = await call(t, 'POST', `/api/workspaces/${ids.workspaceId}/jobs`, {
      cookie: owner.cookie,
      payload: { title: 'Walk engineer', description: 'Builds walkers with TypeScript and PostgreSQL.' },
    });
    if (job.statusCode === 201) ids.jobId = job.json().id;
    if (ids.jobId) {
      const { payload, contentType } = await multipartExample();
      const batch = await t.app.inject({
        method: 'POST',
        url: `/api/jobs/${ids.jobId}/batches`,
        payload,
        headers: { origin: t.config.publicUrl, 'content-type': contentType, cookie: owner.cookie },
      });
      if (batch.statusCode === 202) ids.batchId = batch.json().id;
    }

    const cv = await multipartBody([{ name: 'owner-cv.txt', data: Buffer.from('Owner One\nData Analyst\nSkills: SQL, Python'), type: 'text/plain' }], 'file');
    const uploaded = await t.app.inject({ method: 'POST', url: '/api/profile/cvs', payload: cv.payload, headers: { ...cv.headers, origin: t.config.publicUrl, cookie: owner.cookie } });
    expect(uploaded.statusCode).toBe(201);
    ids.cvId = uploaded.json().id;
    // The career library: the owner's own records, which another user must not reach.
    ids.employmentId = (await call(t, 'POST', '/api/career/employments', { cookie: owner.cookie, payload: { companyName: 'Walk Co' } })).json().id;
    ids.educationId = (await call(t, 'POST', '/api/career/educations', { cookie: owner.cookie, payload: { institutionName: 'Walk University' } })).json().id;
    const experience = await call(t, 'POST', '/api/career/experiences', { cookie: owner.cookie, payload: { title: 'Walked every route', skills: ['Walking'] } });
    ids.experienceId = experience.json().id;
    ids.skillId = experience.json().skills[0].skillId;
    ids.jobPostingId = (await call(t, 'POST', '/api/career/job-postings', { cookie: owner.cookie, payload: { text: 'Route Walker at Walk Co. SQL and Walking.' } })).json().id;
    const application = await call(t, 'POST', '/api/career/applications', { cookie: owner.cookie, payload: { jobPostingId: ids.jobPostingId, status: 'applied' } });
    ids.applicationId = application.json().id;
    ids.stageId = application.json().history[0].id;
    await call(t, 'PUT', `/api/career/job-postings/${ids.jobPostingId}/experiences/${ids.experienceId}`, { cookie: owner.cookie, payload: {} });

    const document = (await call(t, 'GET', '/api/openapi.json')).json<OpenApiDocument>();
    routes = listRoutes(document);
    expect(routes.length).toBeGreaterThan(30);
  });
  afterAll(async () => t.close());

  async function send(route: WalkRoute, cookie?: string) {
    if (multipartRoutes.has(route.key)) {
      const { payload, contentType } = await multipartExample();
      return t.app.inject({ method: route.method, url: buildUrl(route, ids), payload, headers: { origin: t.config.publicUrl, 'content-type': contentType, ...(cookie ? { cookie } : {}) } });
    }
    const payload = exampleBodies[route.key] ?? exampleBody(route);
    return call(t, route.method, buildUrl(route, ids), { cookie, payload });
  }

  it('answers 401 to anonymous callers on every route that is not explicitly public', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const response = await send(route);
      const expected = publicRoutes.has(route.key) ? response.statusCode !== 401 : response.statusCode === 401;
      if (!expected) wrong.push(`${route.key} → ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it("answers 403 or 404 to another user on the first user's resources", async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((candidate) => candidate.params.some((param) => !nonOwnershipParams.has(param)))) {
      const response = await send(route, other.cookie);
      if (![403, 404].includes(response.statusCode)) wrong.push(`${route.key} → ${response.statusCode} ${response.body.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("never shows another user's data on the caller-scoped lists", async () => {
    const leaks: string[] = [];
    for (const route of routes.filter((candidate) => candidate.method === 'GET' && !publicRoutes.has(candidate.key) && !streamRoutes.has(candidate.key))) {
      if (route.params.some((param) => !nonOwnershipParams.has(param))) continue;
      const response = await send(route, other.cookie);
      for (const secret of [owner.userId, owner.email, ids.workspaceId!, 'sk-owner-key', 'sk-workspace-key']) {
        if (response.body.includes(secret)) leaks.push(`${route.key} shows ${secret}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('refuses an interviewer what only recruiters or owners may do', async () => {
    const wrong: string[] = [];
    const workspaceRoutes = routes.filter((route) => {
      if (!route.params.some((param) => workspaceScopedParams.includes(param))) return false;
      return route.method === 'GET' ? interviewerMayNotRead.has(route.key) : !interviewerMayChange.has(route.key);
    });
    expect(workspaceRoutes.length).toBeGreaterThan(5);
    for (const route of workspaceRoutes) {
      const response = await send(route, interviewer.cookie);
      // Without a real fixture for every id in the path, 404 is the best the route can say.
      const fixtures = route.params.every((param) => ids[param] !== undefined);
      if (response.statusCode !== 403 && (fixtures || response.statusCode !== 404)) wrong.push(`${route.key} → ${response.statusCode} ${response.body.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
    expect((await call(t, 'GET', `/api/workspaces/${ids.workspaceId}`, { cookie: interviewer.cookie })).statusCode).toBe(200);
  });
});
