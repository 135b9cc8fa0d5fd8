/**
 * End-to-end CV batch benchmark: 1,000 generated CVs (PDF, DOCX and TXT of ~24 professions, each with its own name,
 * email and phone) are zipped, uploaded as one batch, screened by the queue with the offline engine on PGlite, and
 * ranked. Prints CVs per second and total seconds. Run: npx tsx bench/batch.bench.ts [count]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '#server/config.ts';
import { openDatabase } from '#server/db/client.ts';
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
import { writeZip } from '#tests/support/zip-writer.ts';
import { renderResumeDocx } from '#scripts/resume-fixtures/render-docx.ts';
import { renderResumePdf } from '#scripts/resume-fixtures/render-pdf.ts';
import { renderResumeText } from '#scripts/resume-fixtures/render-text.ts';
import { createStorage } from '#server/platform/storage/index.ts';
import { buildResumeModel } from '#scripts/resume-fixtures/resume-model.ts';

const count = Number(process.argv[2] ?? 1000);
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

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-'));
  const log = createLogger({ logLevel: 'silent' });
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', BATCH_MAX_FILES: String(Math.max(count, 500)) });
  const database = await openDatabase({ memory: true });
  await migrateDatabase(database);
  const queue = await startQueue(database, log);
  try {
    const started = performance.now();
    const zip = writeZip(await generate());
    console.log(`generated ${count} CVs (${(zip.length / 1024 / 1024).toFixed(1)} MB zipped) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const deps = createHiringDeps({ config, database, log, now: () => new Date(), queue, engine: createAiEngine({ config, log, clock: { now: () => new Date() } }), storage: createStorage(config.storage) });
    const jobs = createHiringJobs(deps);
    await queue.register(jobs);
    const owner = await insertUser(database.db, 'Bench Owner');
    const workspaceId = await insertWorkspace(database.db, owner);
    const job = await createJob(deps, owner, workspaceId, backendJob);
    await queue.work(jobs);

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
    console.log(`upload (unzip + store + queue): ${((uploaded - t0) / 1000).toFixed(2)} s`);
    console.log(`screened ${batch.total} CVs: ${batch.total - batch.failed - batch.duplicates} ranked, ${batch.failed} failed, ${batch.duplicates} duplicates`);
    console.log(`total ${seconds.toFixed(1)} s, ${(batch.total / seconds).toFixed(1)} CVs/s (PGlite, offline engine, one process)`);
    console.log(`top candidate: ${ranking[0]?.name ?? 'none'} (${ranking[0]?.score ?? 0})`);
  } finally {
    await queue.stop();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
