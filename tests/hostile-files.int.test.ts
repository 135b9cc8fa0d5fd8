import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Batch, CandidatePage } from '#shared/contracts/hiring.ts';
import type { CvVersion } from '#shared/contracts/profile.ts';
import { readResumeFixture } from '#tests/fixtures/hiring.ts';
import { knownAudioFixtures } from '#tests/support/audio-fixtures.ts';
import { call } from '#tests/support/auth-helpers.ts';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { multipartBody, waitFor } from '#tests/support/hiring-http.ts';
import { isInertCell } from '#tests/support/hostile-corpus/index.ts';
import * as corpus from '#tests/support/hostile-corpus/run-corpus.ts';
import type { CorpusOutcome, CorpusTargets } from '#tests/support/hostile-corpus/run-corpus.ts';
import { screenshotPng } from '#tests/support/png.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

/** Cells of a CSV written with quotes around any cell holding a comma, quote or line break. */
function csvCells(csv: string): string[] {
  return [...csv.matchAll(/"(?:[^"]|"")*"|[^,\r\n]+/g)].map((match) => match[0]);
}

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

  // One route at a time, each its own test, so a slow or failing route is named.
  for (const [name, run] of Object.entries({ profile: corpus.runProfileRoute, 'JSON Resume import': corpus.runJsonResumeRoute, audio: corpus.runAudioRoutes, attachment: corpus.runAttachmentRoute, 'CV batch': corpus.runBatchRoute })) {
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
    expect(outcomes.length).toBeGreaterThan(100);
  });

  it('cuts off the bombs with too_complex instead of waiting for them', () => {
    const batch = outcomes.filter((outcome) => outcome.route === 'POST /api/jobs/:jobId/batches');
    const byLabel = new Map(batch.map((outcome) => [outcome.label, outcome]));
    expect(byLabel.get('PDF whose content stream inflates to 150 MB')).toMatchObject({ status: 'too_complex', reason: expect.stringContaining('too long or too much memory') });
    expect(byLabel.get('DOCX whose document inflates to 200 MB')).toMatchObject({ status: 'too_complex' });
    expect(byLabel.get('password-protected PDF')).toMatchObject({ status: 'unreadable_document' });
    expect(byLabel.get('ZIP bomb: 60 MB of zeros in one entry')?.status).toBe(413);
    const profile = new Map(outcomes.filter((outcome) => outcome.route === 'POST /api/profile/cvs').map((outcome) => [outcome.label, outcome]));
    expect(profile.get('PDF whose content stream inflates to 150 MB')).toMatchObject({ status: 400, reason: expect.stringContaining('too long or too much memory') });
  });

  it('refuses disguised attachments by their content, and keeps the one stored before', async () => {
    const attachments = outcomes.filter((outcome) => outcome.route === 'PUT /api/support/tickets/:id/attachment');
    expect(attachments.every((outcome) => typeof outcome.status === 'number' && outcome.status >= 400)).toBe(true);
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

  it('exports the ranking with every formula neutralised, the injection CV included', async () => {
    const csv = await call(t, 'GET', `/api/jobs/${targets.jobId}/candidates.csv`, { cookie: targets.recruiter.cookie });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toMatch(/<script>|=HYPERLINK|'=/);
    const cells = csvCells(csv.body);
    expect(cells.filter((cell) => !isInertCell(cell))).toEqual([]);
  });
});
