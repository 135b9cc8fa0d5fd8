/**
 * Resident memory (RSS) of a real `parley start` process: idle (on a new data folder, then reopened), after a batch of
 * CVs uploaded through the API and screened, and under load (concurrent requests to the ranking, then to pages of a
 * browsing user). On PGlite, and on a PostgreSQL server when DATABASE_URL is set (a new database on it, dropped after).
 * Prints figures; asserts nothing (issue 18: < 350 MB idle, < 500 MB under load; decision 055).
 *
 *   npm run bench -- memory                      PGlite
 *   DATABASE_URL=postgres://… npm run bench -- memory   PostgreSQL (and PGlite)
 *   npx tsx bench/memory.bench.ts [cvs] [connections] [seconds]   defaults 120, 200, 10 (`--server-only`: skip PGlite)
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { readerIdleMs } from '#server/ai/offline/documents/read-in-worker.ts';
import { backendJob } from '#tests/fixtures/hiring.ts';
import { personas, type Persona } from '#tests/fixtures/resumes/personas.ts';
import { adminQuery } from '#tests/support/postgres-admin.ts';
import { startParleyServer, tempDataDir, type ParleyServer } from '#tests/support/parley-process.ts';
import { writeZip } from '#tests/support/zip-writer.ts';
import { renderResumeDocx } from '#scripts/resume-fixtures/render-docx.ts';
import { renderResumePdf } from '#scripts/resume-fixtures/render-pdf.ts';
import { renderResumeText } from '#scripts/resume-fixtures/render-text.ts';
import { buildResumeModel } from '#scripts/resume-fixtures/resume-model.ts';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const cvCount = Number(args[0] ?? 120);
const connections = Number(args[1] ?? 200);
const loadSeconds = Number(args[2] ?? 10);

// A new database is created and migrated at the first start: minutes on a machine busy with other work.
const startTimeoutMs = 300_000;

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

/** VmRSS (now) and VmHWM (the most it ever held) of a process, in kB. */
function residentOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const read = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: read('VmRSS'), peak: read('VmHWM') };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function idleResident(server: ParleyServer): Promise<number> {
  await settle(3000);
  return residentOf(server.child.pid!).rss;
}

function variant(base: Persona, index: number): Persona {
  return { ...base, name: `${base.name.split(' ')[0]} ${String.fromCharCode(65 + (index % 26))}. Bench${index}`, email: `bench.${index}@example.test`, phone: `+1 (555) 010-${String(index).padStart(4, '0')}` };
}

/** Distinct CVs (a third each PDF, DOCX and text), zipped as one upload. */
async function cvZip(): Promise<Buffer> {
  const files: { name: string; data: Buffer }[] = [];
  for (let index = 0; index < cvCount; index += 1) {
    const persona = variant(personas[index % personas.length]!, index);
    const model = buildResumeModel(persona);
    const kind = index % 3;
    const data = kind === 0 ? await renderResumePdf(model, persona.layout) : kind === 1 ? await renderResumeDocx(model, persona.layout) : Buffer.from(renderResumeText(model, false));
    files.push({ name: `cvs/${persona.id}-${index}.${kind === 0 ? 'pdf' : kind === 1 ? 'docx' : 'txt'}`, data });
  }
  return writeZip(files);
}

type Client = { json<T>(method: string, path: string, body?: unknown): Promise<T>; headers: Record<string, string> };

async function signIn(url: string): Promise<Client> {
  const headers: Record<string, string> = { origin: url };
  const signUp = await fetch(`${url}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ email: `bench.${randomBytes(4).toString('hex')}@example.test`, password: 'Correct-Horse-Battery-9', name: 'Bench Recruiter' }),
  });
  if (!signUp.ok) throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
  headers.cookie = signUp.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  return {
    headers,
    async json<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${url}${path}`, { method, headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}

/** Uploads the CVs as one batch and waits until it is screened; the peak RSS seen while it ran. */
async function screenBatch(server: ParleyServer, client: Client, zip: Buffer): Promise<{ jobId: string; seconds: number }> {
  const { id: workspaceId } = await client.json<{ id: string }>('POST', '/api/workspaces', { name: 'Memory bench' });
  const { id: jobId } = await client.json<{ id: string }>('POST', `/api/workspaces/${workspaceId}/jobs`, backendJob);
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(zip)], { type: 'application/zip' }), 'cvs.zip');
  const started = performance.now();
  const upload = await fetch(`${server.url}/api/jobs/${jobId}/batches`, { method: 'POST', headers: client.headers, body: form });
  if (!upload.ok) throw new Error(`upload failed: ${upload.status} ${await upload.text()}`);
  const { id: batchId } = (await upload.json()) as { id: string };
  const deadline = Date.now() + 600_000;
  for (;;) {
    const batch = await client.json<{ status: string }>('GET', `/api/batches/${batchId}`);
    if (batch.status !== 'queued' && batch.status !== 'processing') break;
    if (Date.now() > deadline) throw new Error('the batch did not finish in 10 minutes');
    await settle(250);
  }
  return { jobId, seconds: (performance.now() - started) / 1000 };
}

/** `connections` loops requesting these paths in turn for `loadSeconds`; RSS sampled every 250 ms. */
async function load(server: ParleyServer, client: Client, paths: string[]): Promise<{ requests: number; failed: number; maxRss: number }> {
  let requests = 0;
  let failed = 0;
  let maxRss = 0;
  const until = Date.now() + loadSeconds * 1000;
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, residentOf(server.child.pid!).rss)), 250);
  const loop = async (offset: number) => {
    for (let index = offset; Date.now() < until; index += 1) {
      try {
        const response = await fetch(`${server.url}${paths[index % paths.length]}`, { headers: client.headers });
        await response.arrayBuffer();
        if (!response.ok) failed += 1;
      } catch {
        failed += 1;
      }
      requests += 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, index) => loop(index)));
  clearInterval(sampler);
  return { requests, failed, maxRss: Math.max(maxRss, residentOf(server.child.pid!).rss) };
}

async function measure(label: string, env: Record<string, string>, zip: Buffer): Promise<void> {
  const dataDir = tempDataDir();
  try {
    const first = await startParleyServer({ ...env, DATA_DIR: dataDir }, startTimeoutMs);
    const idleNew = await idleResident(first);
    await first.stop('SIGTERM');

    const server = await startParleyServer({ ...env, DATA_DIR: dataDir }, startTimeoutMs);
    try {
      const idle = await idleResident(server);
      const client = await signIn(server.url);
      const batch = await screenBatch(server, client, zip);
      const afterBatch = residentOf(server.child.pid!);
      const ranking = await load(server, client, [`/api/jobs/${batch.jobId}/candidates`]);
      const browsing = await load(server, client, ['/api/health', '/api/me', '/api/workspaces', `/api/jobs/${batch.jobId}`, `/api/jobs/${batch.jobId}/candidates`]);
      const end = residentOf(server.child.pid!);
      // The document readers let go once idle (decision 055): what a server holds a while after its last batch.
      await settle(readerIdleMs + 5000);
      const rested = residentOf(server.child.pid!);
      console.log(
        `memory (${label}): idle ${mb(idleNew)} on a new data folder, ${mb(idle)} reopened; after ${cvCount} CVs through the API (${batch.seconds.toFixed(1)} s) ${mb(afterBatch.rss)} (peak while screening ${mb(afterBatch.peak)}); after the load and ${(readerIdleMs + 5000) / 1000} s at rest ${mb(rested.rss)}`,
      );
      console.log(
        `memory (${label}): under load, ${connections} connections × ${loadSeconds} s on the ranking: max ${mb(ranking.maxRss)} (${ranking.requests} requests, ${ranking.failed} not 2xx); on five pages: max ${mb(browsing.maxRss)} (${browsing.requests} requests, ${browsing.failed} not 2xx); peak of the process ${mb(end.peak)}`,
      );
    } finally {
      await server.stop('SIGTERM');
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const zip = await cvZip();
if (!process.argv.includes('--server-only')) await measure('PGlite', {}, zip);
const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  const name = `parley_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    await measure('PostgreSQL', { DATABASE_URL: url.toString() }, zip);
  } finally {
    await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  }
}
