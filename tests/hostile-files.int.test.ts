import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Batch, CandidatePage } from '#shared/contracts/hiring.ts';
import type { CvVersion } from '#shared/contracts/profile.ts';
import { readResumeFixture } from '#tests/fixtures/hiring.ts';
import { knownAudioFixtures } from '#tests/support/audio-fixtures.ts';
import { call } from '#tests/support/auth-helpers.ts';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { multipartBody, waitFor } from '#tests/support/hiring-http.ts';
import * as corpus from '#tests/support/hostile-corpus/run-corpus.ts';
import type { CorpusOutcome, CorpusTargets } from '#tests/support/hostile-corpus/run-corpus.ts';
import { screenshotPng } from '#tests/support/png.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

describe('hostile files at every upload route (decision 038)', () => {
  let openai: FakeServer;
  let t: TestApp;
  let targets: CorpusTargets;
  const outcomes: CorpusOutcome[] = [];
  const earlier: { cvId: string; cvBytes: Buffer; png: Buffer; candidateIds: string[] } = { cvId: '', cvBytes: Buffer.alloc(0), png: screenshotPng(), candidateIds: [] };

  beforeAll(async () => {
    // A shorter deadline than the default, so the bombs are cut off sooner; still long enough for a real CV on a busy machine.
    openai = await startFakeOpenAi({ apiKey: 'sk-server-key-1234', recordings: knownAudioFixtures() });
    t = await createTestApp({ DOCUMENT_PARSE_TIMEOUT_MS: '10000', DOCUMENT_PARSE_MEMORY_MB: '192', OPENAI_API_KEY: 'sk-server-key-1234', STT_BASE_URL: openai.baseUrl }, { withQueue: true });
    targets = await corpus.prepareCorpusTargets(t);

    earlier.cvBytes = readResumeFixture('software-engineer.docx');
    const cv = await multipartBody([{ name: 'maria-cv.docx', data: earlier.cvBytes }], 'file');
    const uploaded = await call(t, 'POST', '/api/profile/cvs', { cookie: targets.candidate.cookie, headers: cv.headers, payload: cv.payload });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    earlier.cvId = uploaded.json<{ id: string }>().id;

    const png = await multipartBody([{ name: 'screenshot.png', data: earlier.png, type: 'image/png' }], 'file');
    const attached = await call(t, 'PUT', `/api/support/tickets/${targets.ticketId}/attachment`, { cookie: targets.candidate.cookie, headers: png.headers, payload: png.payload });
    expect(attached.statusCode, attached.body).toBe(200);

    const cvs = await multipartBody([{ name: 'electrician.txt', data: readResumeFixture('electrician.txt'), type: 'text/plain' }]);
    const batch = await call(t, 'POST', `/api/jobs/${targets.jobId}/batches`, { cookie: targets.recruiter.cookie, headers: cvs.headers, payload: cvs.payload });
    expect(batch.statusCode, batch.body).toBe(202);
    const done = await waitFor(async () => (await call(t, 'GET', `/api/batches/${batch.json<{ id: string }>().id}`, { cookie: targets.recruiter.cookie })).json<Batch>(), (value) => value.status === 'completed');
    earlier.candidateIds = done.files.flatMap((file) => (file.candidateId ? [file.candidateId] : []));
    expect(earlier.candidateIds).toHaveLength(1);
  }, 300_000);
  afterAll(async () => {
    await t?.close();
    await openai?.close();
  });

  // One route at a time, each its own test, so a slow or failing route is named. The corpus is built one input at a
  // time as each is sent (hostile-file.ts), never all at once. The CV batch takes every CV-like input in one batch,
  // which must complete (a hostile JSON Resume once held one in "processing" for minutes, decision 038).
  for (const [name, run] of Object.entries(corpus.corpusRunners)) {
    it(`takes the corpus at the ${name} route with clean answers`, { timeout: 600_000 }, async () => {
      const mine = await run(t, targets);
      outcomes.push(...mine);
      expect(mine.filter((outcome) => !outcome.clean)).toEqual([]);
    });
  }

  it('answers every input at every route with a clear 4xx, a per-file reason or a success, never a 5xx', () => {
    const routes = new Set(outcomes.map((outcome) => outcome.route));
    expect([...routes].sort()).toEqual([
      'POST /api/career/import/json-resume',
      'POST /api/jobs/:jobId/batches',
      'POST /api/practice/sessions/:id/answers/audio',
      'POST /api/profile/cvs',
      'POST /api/speech/transcriptions',
      'PUT /api/support/tickets/:id/attachment',
    ]);
    expect(outcomes.filter((outcome) => !outcome.clean)).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(55);
  });

  it('cuts off the bombs with a reason instead of waiting for them, and answers recordings that are not audio with a 4xx', () => {
    const profile = new Map(outcomes.filter((outcome) => outcome.route === 'POST /api/profile/cvs').map((outcome) => [outcome.label, outcome]));
    expect(profile.get('PDF whose content stream inflates to 150 MB')).toMatchObject({ status: 400, reason: expect.stringContaining('too long or too much memory') });
    expect(profile.get('DOCX whose document inflates to 200 MB')).toMatchObject({ status: 400, reason: expect.stringContaining('too long or too much memory') });
    const audio = outcomes.filter((outcome) => outcome.route === 'POST /api/speech/transcriptions');
    expect(audio.filter((outcome) => typeof outcome.status !== 'number' || outcome.status < 400 || outcome.status >= 500)).toEqual([]);
    expect(audio.find((outcome) => outcome.label === 'EBML header only')).toMatchObject({ status: 422, reason: expect.stringContaining('no sound') });
  });

  it('fails an oversize or stack-deep JSON Resume in a batch and at the import with a reason naming the field', () => {
    const batch = new Map(outcomes.filter((outcome) => outcome.route === 'POST /api/jobs/:jobId/batches').map((outcome) => [outcome.label, outcome]));
    expect(batch.get('JSON with a 5 MB name')).toMatchObject({ status: 'too_large', reason: expect.stringMatching(/^basics\.name has 5000000 characters; a JSON Resume field of this kind may have at most 1000\.$/) });
    expect(batch.get('JSON nested 100 000 arrays deep')).toMatchObject({ status: 'too_complex', reason: expect.stringContaining('nests more than 16 levels deep') });
    expect(batch.get('JSON with the wrong types')).toMatchObject({ status: 'unreadable_document', reason: expect.stringContaining('invalid at basics.name') });
    const imports = new Map(outcomes.filter((outcome) => outcome.route === 'POST /api/career/import/json-resume').map((outcome) => [outcome.label, outcome]));
    expect(imports.get('JSON nested 100 000 arrays deep')).toMatchObject({ status: 400, reason: expect.stringContaining('nests deeper than the 16 levels') });
  });

  it('refuses disguised attachments by their content, and keeps the one stored before', async () => {
    const attachments = outcomes.filter((outcome) => outcome.route === 'PUT /api/support/tickets/:id/attachment');
    expect(attachments.length).toBeGreaterThan(5);
    expect(attachments.filter((outcome) => typeof outcome.status !== 'number' || outcome.status < 400)).toEqual([]);
    const download = await call(t, 'GET', `/api/support/tickets/${targets.ticketId}/attachment`, { cookie: targets.candidate.cookie });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(earlier.png)).toBe(true);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
  });

  it('loses nothing stored before: the earlier CV, its bytes, and the screened candidate', async () => {
    const cvs = (await call(t, 'GET', '/api/profile/cvs?limit=100', { cookie: targets.candidate.cookie })).json<{ items: CvVersion[] }>();
    expect(cvs.items.map((cv) => cv.id)).toContain(earlier.cvId);
    const file = await call(t, 'GET', `/api/profile/cvs/${earlier.cvId}/file`, { cookie: targets.candidate.cookie });
    expect(file.rawPayload.equals(earlier.cvBytes)).toBe(true);
    const page = (await call(t, 'GET', `/api/jobs/${targets.jobId}/candidates?limit=100`, { cookie: targets.recruiter.cookie })).json<CandidatePage>();
    expect(page.items.map((candidate) => candidate.id)).toEqual(expect.arrayContaining(earlier.candidateIds));
    expect((await call(t, 'GET', '/api/health')).statusCode).toBe(200);
  });
});
