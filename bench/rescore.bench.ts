/**
 * Re-scoring benchmark (issue 18, target 3): a job with 1,000 candidates has its requirements changed; prints how long
 * the save took to answer and how long the background rescore took until every candidate carried a score against the
 * new requirements, with the offline engine. A few dozen generated CVs are screened through the queue, then copied
 * in SQL (each copy its own resume and entities) up to the count, so the rescore reads what screening stores. The engine
 * is the server's (stored keys looked up, usage recorded), as a running server's rescore has it.
 * PGlite in memory by default; with DATABASE_URL, a new database on that PostgreSQL server.
 * Run: npx tsx bench/rescore.bench.ts [count]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { loadConfig } from '#server/config.ts';
import { selectRows } from '#server/db/client.ts';
import { getBatch, startBatch } from '#server/modules/hiring/batches/batches.service.ts';
import { expandZip } from '#server/modules/hiring/batches/expand-zip.ts';
import { createHiringDeps, createHiringJobs } from '#server/modules/hiring/index.ts';
import { createServerEngine } from '#server/engine.ts';
import { changeJob, createJob, getJob } from '#server/modules/hiring/jobs/jobs.service.ts';
import { createLogger } from '#server/platform/logger.ts';
import { startQueue } from '#server/platform/queue/queue.ts';
import { createStorage } from '#server/platform/storage/index.ts';
import { backendJob } from '#tests/fixtures/hiring.ts';
import { personas } from '#tests/fixtures/resumes/personas.ts';
import { insertUser, insertWorkspace } from '#tests/support/hiring-seed.ts';
import { createTestDatabase } from '#tests/support/test-database.ts';
import { writeZip } from '#tests/support/zip-writer.ts';
import { renderResumeText } from '#scripts/resume-fixtures/render-text.ts';
import { buildResumeModel } from '#scripts/resume-fixtures/resume-model.ts';

const count = Number(process.argv[2] ?? 1000);
const screened = Math.min(count, 48);

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-rescore-'));
  const log = createLogger({ logLevel: 'silent' });
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', SERVER_SECRET: 'bench-secret-bench-secret-bench-secret-01' });
  const database = await createTestDatabase();
  const queue = await startQueue(database, log);
  const where = process.env.DATABASE_URL ? 'PostgreSQL server' : 'PGlite';
  try {
    const deps = createHiringDeps({ config, database, log, now: () => new Date(), queue, engine: createServerEngine({ config, database, log, now: () => new Date(), outbound: { fetch } }), storage: createStorage(config.storage) });
    const jobs = createHiringJobs(deps);
    await queue.register(jobs);
    await queue.work(jobs);
    const owner = await insertUser(database.db, 'Bench Owner');
    const workspaceId = await insertWorkspace(database.db, owner);
    const job = await createJob(deps, owner, workspaceId, backendJob);

    const files = Array.from({ length: screened }, (_, index) => {
      const persona = { ...personas[index % personas.length]!, email: `candidate.${index}@example.test`, phone: `+1 555 010 ${String(index).padStart(4, '0')}` };
      return { name: `cvs/${persona.id}-${index}.txt`, data: Buffer.from(renderResumeText(buildResumeModel(persona), false)) };
    });
    const { id } = await startBatch(deps, owner, job.id, (limits) => expandZip('cvs.zip', writeZip(files), limits, { bytes: 0 }));
    while ((await getBatch(deps, owner, id)).status !== 'completed') await new Promise((resolve) => setTimeout(resolve, 100));
    await copyCandidates(database.db, job.id, count);
    const [{ total } = { total: 0 }] = await selectRows<{ total: number }>(database.db, sql`select count(*)::int as total from candidates where job_id = ${job.id}`);
    console.log(`${total} candidates (${screened} screened from generated CVs, the rest copies of them) on ${where}`);

    for (const mustHaveSkills of [['Wound Care', 'Medication Administration'], ['TypeScript', 'Kubernetes', 'PostgreSQL']]) {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const saved = await changeJob(deps, owner, job.id, { requirements: { mustHaveSkills } });
      const answered = performance.now() - t0;
      let current = saved;
      while (current.rescore?.status !== 'done' && current.rescore?.status !== 'failed') {
        await new Promise((resolve) => setTimeout(resolve, 20));
        current = await getJob(deps, owner, job.id);
      }
      const seconds = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const { rescore } = current;
      console.log(
        `requirements → ${mustHaveSkills.join(', ')}: save answered in ${answered.toFixed(0)} ms (${saved.rescore?.status}); ` +
          `${rescore.done} of ${rescore.total} candidates re-scored in ${seconds.toFixed(2)} s (${(rescore.done / seconds).toFixed(0)}/s, ${rescore.status}; ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s of CPU; offline engine, one process)`,
      );
    }
  } finally {
    await queue.stop();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Copies the job's screened candidates, each with its own resume and entities, until the job has `target` of them. */
async function copyCandidates(db: Parameters<typeof selectRows>[0], jobId: string, target: number): Promise<void> {
  await db.execute(sql`create temp table bench_copies as
    select c.id as candidate_id, c.resume_id as old_resume, gen_random_uuid() as new_resume, g.copy
    from candidates c cross join generate_series(1, ${Math.ceil(target / screened)}) as g(copy)
    where c.job_id = ${jobId}
    order by g.copy, c.id
    limit ${Math.max(0, target - screened)}`);
  await db.execute(sql`insert into resumes (id, workspace_id, uploaded_by, file_name, storage_path, size_bytes, mime_type, raw_text, processing_status)
    select m.new_resume, r.workspace_id, r.uploaded_by, r.file_name, r.storage_path, r.size_bytes, r.mime_type, r.raw_text, r.processing_status
    from bench_copies m join resumes r on r.id = m.old_resume`);
  await db.execute(sql`insert into resume_entities (resume_id, entity_type, value, confidence, start_offset, end_offset, context_window)
    select m.new_resume, e.entity_type, e.value, e.confidence, e.start_offset, e.end_offset, e.context_window
    from bench_copies m join resume_entities e on e.resume_id = m.old_resume`);
  await db.execute(sql`insert into candidates (workspace_id, job_id, batch_id, resume_id, name, email, location, profile, experience, education, overall_score, score_components, recommendation, matched_skills, missing_skills, additional_skills, missing_nice_to_have_skills, rank_reasoning, evidence, scored_version)
    select c.workspace_id, c.job_id, c.batch_id, m.new_resume, c.name, 'copy' || m.copy || '.' || c.email, c.location, c.profile, c.experience, c.education, c.overall_score, c.score_components, c.recommendation, c.matched_skills, c.missing_skills, c.additional_skills, c.missing_nice_to_have_skills, c.rank_reasoning, c.evidence, c.scored_version
    from bench_copies m join candidates c on c.id = m.candidate_id`);
  await db.execute(sql`drop table bench_copies`);
}

await main();
