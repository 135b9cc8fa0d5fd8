/**
 * End-to-end CV batch benchmark: 1,000 generated CVs (PDF, DOCX and TXT of ~24 professions, each with its own name,
 * email and phone) are zipped, uploaded as one batch, screened by the queue with the offline engine, and ranked. Prints
 * CVs per second (upload to ranked) and the CPU seconds spent, which a loaded machine changes less than the wall time:
 * on PGlite in one process; with DATABASE_URL also on that PostgreSQL server (a new database, dropped afterwards) in one
 * process, then with two `parley worker` processes doing the screening (the bench process only uploads and waits).
 * Run: npx tsx bench/batch.bench.ts [count]   (DATABASE_URL=postgres://… for the server figures)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '#server/config.ts';
import { openDatabase, type Database } from '#server/db/client.ts';
import { migrateDatabase } from '#server/db/migrate.ts';
import { getBatch, startBatch } from '#server/modules/hiring/batches/batches.service.ts';
import { expandZip } from '#server/modules/hiring/batches/expand-zip.ts';
import { listCandidates } from '#server/modules/hiring/candidates/candidates.service.ts';
import { createHiringDeps, createHiringJobs } from '#server/modules/hiring/index.ts';
import { createAiEngine } from '#server/ai/index.ts';
import { createJob } from '#server/modules/hiring/jobs/jobs.service.ts';
import { createLogger } from '#server/platform/logger.ts';
import { startQueue } from '#server/platform/queue/queue.ts';
import { backendJob } from '#tests/fixtures/hiring.ts';
import { personas, type Persona } from '#tests/fixtures/resumes/personas.ts';
import { insertUser, insertWorkspace } from '#tests/support/hiring-seed.ts';
import { adminQuery } from '#tests/support/postgres-admin.ts';
import { writeZip } from '#tests/support/zip-writer.ts';
import { renderResumeDocx } from '#scripts/resume-fixtures/render-docx.ts';
import { renderResumePdf } from '#scripts/resume-fixtures/render-pdf.ts';
import { renderResumeText } from '#scripts/resume-fixtures/render-text.ts';
import { ensureServerBuilt } from '#scripts/build-server.js';
import { createStorage } from '#server/platform/storage/index.ts';
import { buildResumeModel } from '#scripts/resume-fixtures/resume-model.ts';

const count = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 1000);
const serverUrl = process.env.DATABASE_URL;
const root = path.resolve(import.meta.dirname, '..');
const firstNames = ['Alex', 'Sam', 'Priya', 'Jonas', 'Lena', 'Omar', 'Ines', 'Kenji', 'Zoe', 'Mateo', 'Aisha', 'Lars'];
const lastNames = ['Garcia', 'Novak', 'Haddad', 'Larsen', 'Moreau', 'Silva', 'Tanaka', 'Okafor', 'Rossi', 'Berg', 'Khan', 'Walsh'];

function variant(base: Persona, index: number): Persona {
  const initial = String.fromCharCode(65 + (Math.floor(index / (firstNames.length * lastNames.length)) % 26));
  const name = `${firstNames[index % firstNames.length]} ${initial}. ${lastNames[Math.floor(index / firstNames.length) % lastNames.length]}`;
  return { ...base, name, email: `candidate.${index}@example.test`, phone: `+1 (555) ${String(100 + (index % 900)).padStart(3, '0')}-${String(index).padStart(4, '0')}` };
}

async function generate(): Promise<{ name: string; data: Buffer }[]> {
  const files: { name: string; data: Buffer }[] = [];
  for (let index = 0; index < count; index += 1) {
    const persona = variant(personas[index % personas.length]!, index);
    const model = buildResumeModel(persona);
    const kind = index % 3;
    const data = kind === 0 ? await renderResumePdf(model, persona.layout) : kind === 1 ? await renderResumeDocx(model, persona.layout) : Buffer.from(renderResumeText(model, false));
    files.push({ name: `cvs/${persona.id}-${index}.${kind === 0 ? 'pdf' : kind === 1 ? 'docx' : 'txt'}`, data });
  }
  return files;
}

/** CPU seconds (user + system) a process has used so far, from /proc; 0 where there is none. */
function cpuSecondsOf(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

type Run = { label: string; database: Database; workers: number };

/** Uploads the zip as one batch and waits until it is ranked; workers > 0 means `parley worker` processes screen it. */
async function runBatch(zip: Buffer, run: Run, dataDir: string, databaseUrl: string | undefined): Promise<void> {
  const log = createLogger({ logLevel: 'silent' });
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', BATCH_MAX_FILES: String(Math.max(count, 500)) });
  const queue = await startQueue(run.database, log);
  const children: ChildProcess[] = [];
  try {
    const deps = createHiringDeps({ config, database: run.database, log, now: () => new Date(), queue, engine: createAiEngine({ config, log, clock: { now: () => new Date() } }), storage: createStorage(config.storage) });
    const jobs = createHiringJobs(deps);
    await queue.register(jobs);
    const owner = await insertUser(run.database.db, `Bench Owner ${run.label}`);
    const workspaceId = await insertWorkspace(run.database.db, owner);
    const job = await createJob(deps, owner, workspaceId, backendJob);
    if (run.workers === 0) await queue.work(jobs);
    for (let index = 0; index < run.workers; index += 1) {
      const env = { ...process.env, DATABASE_URL: databaseUrl!, DATA_DIR: dataDir, LOG_LEVEL: 'warn', SERVER_SECRET: 'bench-secret-bench-secret-bench-secret-0' };
      const child = spawn(process.execPath, [path.join(root, 'bin/parley.js'), 'worker'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
      children.push(child);
    }
    // Workers are long-lived: give them their start-up (compiled build, models) before the clock starts.
    if (run.workers > 0) await new Promise((resolve) => setTimeout(resolve, 8000));
    const cpuBefore = process.cpuUsage();
    const childCpuBefore = children.map((child) => cpuSecondsOf(child.pid!));
    const t0 = performance.now();
    const { id } = await startBatch(deps, owner, job.id, (limits) => expandZip('cvs.zip', zip, limits, { bytes: 0 }));
    const uploaded = performance.now();
    let batch = await getBatch(deps, owner, id);
    while (batch.status !== 'completed') {
      await new Promise((resolve) => setTimeout(resolve, 250));
      batch = await getBatch(deps, owner, id);
    }
    const { items: ranking } = await listCandidates(deps, owner, job.id, { limit: 1, offset: 0 });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6 + children.reduce((sum, child, index) => sum + cpuSecondsOf(child.pid!) - childCpuBefore[index]!, 0);
    console.log(`${run.label}: upload (unzip + store + queue) ${((uploaded - t0) / 1000).toFixed(2)} s; ${batch.total} CVs: ${batch.total - batch.failed - batch.duplicates} ranked, ${batch.failed} failed, ${batch.duplicates} duplicates; top ${ranking[0]?.name ?? 'none'} (${ranking[0]?.score ?? 0})`);
    console.log(`${run.label}: total ${seconds.toFixed(1)} s, ${(batch.total / seconds).toFixed(1)} CVs/s; CPU ${cpuSeconds.toFixed(1)} s (${((cpuSeconds * 1000) / batch.total).toFixed(1)} ms a CV${databaseUrl ? ', the PostgreSQL server not counted' : ''}); load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)))));
    await queue.stop();
  }
}

async function withServerDatabase(url: string, use: (database: Database, databaseUrl: string) => Promise<void>): Promise<void> {
  const name = `parley_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create database ${name}`);
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  const databaseUrl = parsed.toString();
  const database = await openDatabase({ url: databaseUrl, poolSize: 10 });
  try {
    await migrateDatabase(database);
    await use(database, databaseUrl);
  } finally {
    await database.close();
    await adminQuery(url, `drop database if exists ${name} with (force)`);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const zip = writeZip(await generate());
  console.log(`generated ${count} CVs (${(zip.length / 1024 / 1024).toFixed(1)} MB zipped) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-'));
  try {
    const pglite = await openDatabase({ memory: true });
    try {
      await migrateDatabase(pglite);
      await runBatch(zip, { label: 'PGlite, one process', database: pglite, workers: 0 }, dataDir, undefined);
    } finally {
      await pglite.close();
    }
    if (!serverUrl) {
      console.log('PostgreSQL server: skipped (set DATABASE_URL to run it, in one process and with `parley worker` × 2)');
      return;
    }
    await ensureServerBuilt();
    for (const workers of [0, 2]) {
      const label = workers === 0 ? 'PostgreSQL, one process' : `PostgreSQL, parley worker × ${workers}`;
      await withServerDatabase(serverUrl, (database, databaseUrl) => runBatch(zip, { label, database, workers }, dataDir, databaseUrl));
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
