/**
 * The ranking under load (issue 18, target 2): a job with 1,000 screened candidates seeded straight into the database,
 * a real `parley start` process, and autocannon asking `GET /api/jobs/:jobId/candidates` (one page of 25, best score
 * first) over 200 concurrent connections. Meanwhile a bystander browses other pages (the jobs list, /api/health) and
 * counts what it gets. Prints p50/p99 latency, requests per second and non-2xx answers, on PGlite and, when
 * DATABASE_URL names a PostgreSQL server (or --postgres for 127.0.0.1:5432), on a fresh database there. Asserts nothing.
 * Run: npm run bench -- ranking [--postgres] [--seconds=10] [--connections=200]
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import autocannon from 'autocannon';
import { openDatabase, type Db } from '#server/db/client.ts';
import { candidates, resumes } from '#server/db/schema/index.ts';
import { insertJob, insertWorkspace } from '#tests/support/hiring-seed.ts';
import { adminQuery } from '#tests/support/postgres-admin.ts';
import { startParleyServer, tempDataDir, type ParleyServer } from '#tests/support/parley-process.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const seconds = option('seconds', 10);
const connections = option('connections', 200);
const candidateCount = option('candidates', 1000);
const serverUrl = process.env.DATABASE_URL ?? (args.includes('--postgres') ? 'postgres://postgres@127.0.0.1:5432/postgres' : undefined);

const skillPool = ['TypeScript', 'Node.js', 'PostgreSQL', 'React', 'Docker', 'Kubernetes', 'AWS', 'GraphQL', 'Redis', 'Python', 'Go', 'Terraform', 'Kafka', 'CI/CD', 'Linux', 'SQL'];
const recommendations = ['Strong Hire', 'Hire', 'Maybe', 'Pass'] as const;
const statuses = ['new', 'new', 'new', 'shortlisted', 'rejected'] as const;

function pick<T>(list: readonly T[], index: number, count: number): T[] {
  return Array.from({ length: count }, (_, offset) => list[(index * 7 + offset * 3) % list.length]!);
}

/**
 * 1,000 candidates as the screening pipeline leaves them (a stored CV, score parts, experience, evidence and an
 * embedding), so a query that reads whole rows pays what it would in use. Multi-row inserts: a few seconds.
 */
async function seedCandidates(db: Db, ownerId: string): Promise<string> {
  const workspaceId = await insertWorkspace(db, { userId: ownerId }, 'Bench hiring');
  const jobId = await insertJob(db, workspaceId, { title: 'Senior Backend Engineer' });
  const cvText = 'Built and ran payment services in TypeScript and PostgreSQL for eight years. '.repeat(40);
  for (let start = 0; start < candidateCount; start += 200) {
    const indexes = Array.from({ length: Math.min(200, candidateCount - start) }, (_, offset) => start + offset);
    const resumeRows = await db
      .insert(resumes)
      .values(indexes.map((index) => ({ workspaceId, uploadedBy: ownerId, fileName: `cv-${index}.pdf`, storagePath: `bench/${randomUUID()}.pdf`, sizeBytes: 48_000, mimeType: 'application/pdf', rawText: cvText, processingStatus: 'parsed' as const })))
      .returning({ id: resumes.id });
    await db.insert(candidates).values(
      indexes.map((index, position) => ({
        workspaceId,
        jobId,
        resumeId: resumeRows[position]!.id,
        name: `Candidate Person ${index}`,
        email: `candidate.${index}@example.test`,
        phone: `+1 555 ${String(index).padStart(4, '0')}`,
        location: 'Lisbon, Portugal',
        profile: { basics: { name: `Candidate Person ${index}`, summary: 'Backend engineer.' }, skills: pick(skillPool, index, 8).map((name) => ({ name })) },
        overallScore: (index * 37) % 101,
        scoreComponents: ['skills', 'experience', 'education', 'semantic'].map((name) => ({ name, value: ((index * 13) % 100) / 100, weight: 0.25, detail: `${name} matched on several requirements of the job.` })),
        professionalAssessment: 'A solid backend engineer with relevant experience.',
        experience: Array.from({ length: 4 }, (_, job) => ({ name: `Company ${job}`, position: 'Engineer', startDate: `201${job}-01`, endDate: `201${job + 1}-06`, summary: 'Owned the billing services. '.repeat(5) })),
        education: [{ institution: 'University of Lisbon', area: 'Computer Science', studyType: 'BSc' }],
        rankReasoning: 'Matches most required skills; some years short of the ideal.',
        recommendation: recommendations[index % recommendations.length],
        matchedSkills: pick(skillPool, index, 6),
        missingSkills: pick(skillPool, index + 3, 3),
        additionalSkills: pick(skillPool, index + 5, 4),
        missingNiceToHaveSkills: pick(skillPool, index + 1, 2),
        evidence: Array.from({ length: 6 }, (_, quote) => ({ component: 'skills', text: 'TypeScript and PostgreSQL', start: quote * 80, end: quote * 80 + 25 })),
        status: statuses[index % statuses.length],
        embedding: Array.from({ length: 384 }, (_, dim) => Math.sin(index + dim)),
        embeddingModel: 'bench',
      })),
    );
  }
  return jobId;
}

async function signUp(server: ParleyServer): Promise<{ cookie: string; userId: string }> {
  const response = await fetch(`${server.url}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: `bench.${randomUUID().slice(0, 8)}@example.test`, password: 'Correct-Horse-Battery-9', name: 'Bench Recruiter' }),
  });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .join('; ');
  return { cookie, userId: ((await response.json()) as { user: { id: string } }).user.id };
}

/** Browses other pages while the load runs, as a second user would, and counts the statuses it gets. */
function startBystander(server: ParleyServer, cookie: string): { stop(): Promise<Map<number, number>> } {
  const seen = new Map<number, number>();
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const path of ['/api/jobs', '/api/health']) {
        const response = await fetch(`${server.url}${path}`, { headers: { cookie } }).catch(() => undefined);
        const status = response?.status ?? 0;
        await response?.arrayBuffer();
        seen.set(status, (seen.get(status) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return seen;
    },
  };
}

async function measure(label: string, server: ParleyServer, cookie: string, jobId: string): Promise<void> {
  const url = `${server.url}/api/jobs/${jobId}/candidates?limit=25&offset=0`;
  const first = await fetch(url, { headers: { cookie } });
  const body = await first.text();
  if (!first.ok) throw new Error(`ranking answered ${first.status}: ${body}`);
  const page = JSON.parse(body) as { total: number; items: unknown[] };
  // One request at a time: what a page costs with nothing else going on.
  const single: number[] = [];
  for (let run = 0; run < 50; run += 1) {
    const started = performance.now();
    const response = await fetch(`${server.url}/api/jobs/${jobId}/candidates?limit=25&offset=${(run % 40) * 25}`, { headers: { cookie } });
    await response.arrayBuffer();
    single.push(performance.now() - started);
  }
  single.sort((a, b) => a - b);
  console.log(`ranking[${label}]: page of ${page.items.length} of ${page.total}, ${(body.length / 1024).toFixed(1)} KB; one at a time: median ${single[25]!.toFixed(1)} ms, p90 ${single[45]!.toFixed(1)} ms`);

  const bystander = startBystander(server, cookie);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { cookie },
    // Pages 1–40 in turn, so the run is not one cached answer.
    requests: [{ setupRequest: (request) => ({ ...request, path: `/api/jobs/${jobId}/candidates?limit=25&offset=${Math.floor(Math.random() * 40) * 25}` }) }],
  });
  const seen = await bystander.stop();
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, { count }]) => `${code}×${count}`)
    .join(' ');
  console.log(
    `ranking[${label}]: ${connections} connections ${seconds} s: ${result.requests.average.toFixed(0)} requests/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts} (${statuses}); targets p99 < 50 ms, ≥ 2,000 requests/s`,
  );
  console.log(`ranking[${label}]: bystander during the load: ${[...seen.entries()].map(([status, count]) => `${status}×${count}`).join(' ')}`);
}

async function runPglite(): Promise<void> {
  const dataDir = tempDataDir();
  try {
    let server = await startParleyServer({ DATA_DIR: dataDir, LOG_LEVEL: 'error' });
    const owner = await signUp(server);
    await server.stop('SIGTERM');
    // PGlite has one owner: seed while the server is stopped, then start it again on the same folder.
    const database = await openDatabase({ dataDir });
    const seeding = performance.now();
    const jobId = await seedCandidates(database.db, owner.userId);
    await database.close();
    console.log(`ranking[pglite]: seeded ${candidateCount} candidates in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
    server = await startParleyServer({ DATA_DIR: dataDir, LOG_LEVEL: 'error' });
    try {
      await measure('pglite', server, owner.cookie, jobId);
    } finally {
      await server.stop('SIGTERM');
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runPostgres(adminUrl: string): Promise<void> {
  const name = `parley_bench_ranking_${process.pid}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const dataDir = tempDataDir();
  try {
    const server = await startParleyServer({ DATA_DIR: dataDir, DATABASE_URL: url.toString(), LOG_LEVEL: 'error' });
    try {
      const owner = await signUp(server);
      const database = await openDatabase({ url: url.toString(), poolSize: 2 });
      const seeding = performance.now();
      const jobId = await seedCandidates(database.db, owner.userId);
      await database.close();
      console.log(`ranking[postgres]: seeded ${candidateCount} candidates in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
      await measure('postgres', server, owner.cookie, jobId);
    } finally {
      await server.stop('SIGTERM');
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  }
}

await runPglite();
if (serverUrl) await runPostgres(serverUrl);
