import { performance } from 'node:perf_hooks';
import type { Batch } from '#shared/contracts/hiring.ts';
import type { PracticeSessionState } from '#shared/contracts/practice.ts';
import { backendJob } from '#tests/fixtures/hiring.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createWorkspace, multipartBody, waitFor } from '#tests/support/hiring-http.ts';
import { startPractice } from '#tests/support/practice-http.ts';
import type { TestApp } from '#tests/support/test-app.ts';
import { hostileAttachments } from './attachments.ts';
import { hostileAudio } from './audio.ts';
import { hostileDocxFiles } from './docx.ts';
import { renamed, type HostileFile } from './hostile-file.ts';
import { hostileJsonResumeTexts } from './json-resume.ts';
import { hostilePdfs } from './pdf.ts';
import { hostileZips } from './zip.ts';

/** What one route answered to one hostile input, and whether that answer was clean: a clear 4xx, a per-file reason, or a success. */
export type CorpusOutcome = { route: string; label: string; status: number | string; reason: string; clean: boolean };

/** The accounts and records the corpus is thrown at. */
export type CorpusTargets = { recruiter: Caller; candidate: Caller; jobId: string; practiceSessionId: string; ticketId: string };

export async function prepareCorpusTargets(t: TestApp): Promise<CorpusTargets> {
  const recruiter = await signUp(t, { name: 'Rita Recruiter' });
  const candidate = await signUp(t, { name: 'Maria Kowalski' });
  const workspaceId = await createWorkspace(t.app, t.config.publicUrl, recruiter);
  const job = await call(t, 'POST', `/api/workspaces/${workspaceId}/jobs`, { cookie: recruiter.cookie, payload: backendJob });
  if (job.statusCode !== 201) throw new Error(`job: ${job.statusCode} ${job.body}`);
  const practice: PracticeSessionState = await startPractice(t, candidate, { mode: 'voice' });
  const ticket = await call(t, 'POST', '/api/support/tickets', { cookie: candidate.cookie, payload: { subject: 'Upload trouble', description: 'My CV upload keeps failing.' } });
  if (ticket.statusCode !== 201) throw new Error(`ticket: ${ticket.statusCode} ${ticket.body}`);
  return { recruiter, candidate, jobId: job.json<{ id: string }>().id, practiceSessionId: practice.id, ticketId: ticket.json<{ id: string }>().id };
}

/** A clean HTTP answer: a success, or a 4xx whose body says what is wrong. 5xx, and a 4xx without a reason, are not. */
function httpOutcome(route: string, file: HostileFile, response: { statusCode: number; body: string }): CorpusOutcome {
  let reason = '';
  try {
    reason = (JSON.parse(response.body) as { error?: { message?: string } }).error?.message ?? '';
  } catch {
    reason = '';
  }
  const clean = response.statusCode < 300 || (response.statusCode >= 400 && response.statusCode < 500 && reason.length > 0);
  return { route, label: file.label, status: response.statusCode, reason, clean };
}

async function upload(t: TestApp, caller: Caller, method: 'POST' | 'PUT', url: string, field: string, file: HostileFile) {
  const body = await multipartBody([{ name: file.fileName, data: file.bytes, type: file.mimeType }], field);
  return call(t, method, url, { cookie: caller.cookie, headers: body.headers, payload: body.payload });
}

const batchRoute = 'POST /api/jobs/:jobId/batches';

/** Waits for a batch to complete; past 240 s it names the files still in work (the one a hostile input holds up is the finding). */
async function finishBatch(t: TestApp, targets: CorpusTargets, batchId: string): Promise<Batch> {
  let last: Batch | undefined;
  try {
    return await waitFor(async () => (last = (await call(t, 'GET', `/api/batches/${batchId}`, { cookie: targets.recruiter.cookie })).json<Batch>()), (batch) => batch.status === 'completed', 240_000);
  } catch (error) {
    const pending = last?.files.filter((row) => row.status !== 'done' && row.status !== 'failed' && row.status !== 'duplicate').map((row) => `${row.name} (${row.status})`);
    throw new Error(`batch ${batchId} did not complete in 240 s; still in work: ${pending?.join(', ') || 'none'}`, { cause: error });
  }
}

/** Clean: every row of the file ended done, duplicate, or failed with a code and a reason. */
function perFile(file: HostileFile, batch: Batch, names: string[]): CorpusOutcome {
  const rows = batch.files.filter((row) => names.includes(row.name));
  const clean = rows.length > 0 && rows.every((row) => row.status === 'done' || row.status === 'duplicate' || (row.status === 'failed' && Boolean(row.error) && Boolean(row.errorCode)));
  return { route: batchRoute, label: file.label, status: rows.map((row) => row.errorCode ?? row.status).join(',') || 'missing', reason: rows.map((row) => row.error ?? '').join(' | '), clean };
}

/** The CV batch route: every CV-like input (PDF, DOCX, JSON Resume) in one batch; each file must end with a status and, when it failed, a reason. */
export async function runCvBatchRoute(t: TestApp, targets: CorpusTargets): Promise<CorpusOutcome[]> {
  const cvs = [...hostilePdfs(), ...hostileDocxFiles(), ...hostileJsonResumeTexts()].map((file, index) => renamed(file, `${index}-${file.fileName}`));
  const body = await multipartBody(cvs.map((file) => ({ name: file.fileName, data: file.bytes, type: file.mimeType })));
  const started = await call(t, 'POST', `/api/jobs/${targets.jobId}/batches`, { cookie: targets.recruiter.cookie, headers: body.headers, payload: body.payload });
  if (started.statusCode !== 202) throw new Error(`batch upload: ${started.statusCode} ${started.body}`);
  const batch = await finishBatch(t, targets, started.json<{ id: string }>().id);
  return cvs.map((file) => perFile(file, batch, [file.fileName]));
}

/** Every archive in its own batch: a bomb refuses the whole upload with a 4xx; anything else gets per-file reasons. */
export async function runZipBatchRoute(t: TestApp, targets: CorpusTargets): Promise<CorpusOutcome[]> {
  const outcomes: CorpusOutcome[] = [];
  for (const file of hostileZips()) {
    const response = await upload(t, targets.recruiter, 'POST', `/api/jobs/${targets.jobId}/batches`, 'files', file);
    if (response.statusCode !== 202) {
      outcomes.push(httpOutcome(batchRoute, file, response));
      continue;
    }
    const zipBatch = await finishBatch(t, targets, response.json<{ id: string }>().id);
    outcomes.push(perFile(file, zipBatch, zipBatch.files.map((row) => row.name)));
  }
  return outcomes;
}

/** The CV batch route, CVs then archives. */
export async function runBatchRoute(t: TestApp, targets: CorpusTargets): Promise<CorpusOutcome[]> {
  return [...(await runCvBatchRoute(t, targets)), ...(await runZipBatchRoute(t, targets))];
}

/** The profile CV upload: every CV-like input, one request each. */
export async function runProfileRoute(t: TestApp, targets: CorpusTargets): Promise<CorpusOutcome[]> {
  const outcomes: CorpusOutcome[] = [];
  for (const file of [...hostilePdfs(), ...hostileDocxFiles(), ...hostileJsonResumeTexts()]) {
    outcomes.push(httpOutcome('POST /api/profile/cvs', file, await upload(t, targets.candidate, 'POST', '/api/profile/cvs', 'file', file)));
  }
  return outcomes;
}

/** The career library's JSON Resume import: each JSON text as the `document` of the body. */
export async function runJsonResumeRoute(t: TestApp, targets: CorpusTargets): Promise<CorpusOutcome[]> {
  const outcomes: CorpusOutcome[] = [];
  for (const file of hostileJsonResumeTexts()) {
    const response = await call(t, 'POST', '/api/career/import/json-resume', {
      cookie: targets.candidate.cookie,
      headers: { 'content-type': 'application/json' },
      payload: `{"document": ${file.bytes.toString('utf8') || 'null'}}`,
    });
    outcomes.push(httpOutcome('POST /api/career/import/json-resume', file, response));
  }
  return outcomes;
}

/** The two routes that take a recording: a practice voice answer and a transcription draft. */
export async function runAudioRoutes(t: TestApp, targets: CorpusTargets): Promise<CorpusOutcome[]> {
  const outcomes: CorpusOutcome[] = [];
  for (const file of hostileAudio()) {
    const url = `/api/practice/sessions/${targets.practiceSessionId}/answers/audio`;
    outcomes.push(httpOutcome('POST /api/practice/sessions/:id/answers/audio', file, await upload(t, targets.candidate, 'POST', url, 'audio', file)));
    outcomes.push(httpOutcome('POST /api/speech/transcriptions', file, await upload(t, targets.candidate, 'POST', '/api/speech/transcriptions', 'audio', file)));
  }
  return outcomes;
}

/** A support ticket's attachment: pictures that are not pictures. */
export async function runAttachmentRoute(t: TestApp, targets: CorpusTargets): Promise<CorpusOutcome[]> {
  const outcomes: CorpusOutcome[] = [];
  for (const file of hostileAttachments()) {
    const url = `/api/support/tickets/${targets.ticketId}/attachment`;
    outcomes.push(httpOutcome('PUT /api/support/tickets/:id/attachment', file, await upload(t, targets.candidate, 'PUT', url, 'file', file)));
  }
  return outcomes;
}

/** Every upload route's runner, in the order the corpus is thrown at them. */
export const corpusRunners = {
  profile: runProfileRoute,
  'JSON Resume import': runJsonResumeRoute,
  audio: runAudioRoutes,
  attachment: runAttachmentRoute,
  'CV batch': runCvBatchRoute,
  'ZIP batches': runZipBatchRoute,
} as const satisfies Record<string, (t: TestApp, targets: CorpusTargets) => Promise<CorpusOutcome[]>>;

/** Throws the whole corpus at every upload route of `t`, one input at a time, and says how each was answered and how long each route took. */
export async function runHostileCorpus(t: TestApp, targets: CorpusTargets): Promise<{ outcomes: CorpusOutcome[]; seconds: Record<string, number> }> {
  const outcomes: CorpusOutcome[] = [];
  const seconds: Record<string, number> = {};
  for (const [name, run] of Object.entries(corpusRunners)) {
    const started = performance.now();
    outcomes.push(...(await run(t, targets)));
    seconds[name] = (performance.now() - started) / 1000;
  }
  return { outcomes, seconds };
}
