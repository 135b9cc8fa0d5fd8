/**
 * The ranking under load (issue 18, target 2): a job with 1,000 screened candidates seeded straight into the database,
 * a real `parley start` process, and autocannon asking `GET /api/jobs/:jobId/candidates` (one page of 25, best score
 * first) over 200 concurrent connections. Meanwhile a bystander browses other pages (their profile, /api/health) and
 * counts what it gets. Prints p50/p99 latency, requests per second and non-2xx answers (and, as the machine's floor, the
 * same for `/api/health`, one query and no session), on PGlite and, when
 * DATABASE_URL names a PostgreSQL server (or --postgres for 127.0.0.1:5432), on a fresh database there. Asserts nothing.
 * Also prints the server's CPU time per request (Linux). BENCH_CPU_PROF_DIR=folder writes the server's V8 CPU profile
 * there (decision 056). Run: npm run bench -- ranking [--postgres] [--skip-pglite] [--seconds=10] [--connections=200]
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import autocannon from 'autocannon';
import { openDatabase } from '#server/db/client.ts';
import { seedRankedJob } from '#tests/support/ranking-seed.ts';
import { adminQuery } from '#tests/support/postgres-admin.ts';
import { startParleyServer, tempDataDir, type ParleyServer } from '#tests/support/parley-process.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const seconds = option('seconds', 10);
const connections = option('connections', 200);
const candidateCount = option('candidates', 1000);
const serverUrl = process.env.DATABASE_URL ?? (args.includes('--postgres') ? 'postgres://postgres@127.0.0.1:5432/postgres' : undefined);
const skipPglite = args.includes('--skip-pglite');

/** CPU time (user + system) the process has used so far, in ms, read from /proc (Linux); undefined elsewhere. */
function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name; in clock ticks (100 per second).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
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
      for (const path of ['/api/me', '/api/health']) {
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
  const cpuBefore = cpuMsOf(server.child.pid);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { cookie },
    // Pages 1–40 in turn, so the run is not one cached answer.
    requests: [{ setupRequest: (request) => ({ ...request, path: `/api/jobs/${jobId}/candidates?limit=25&offset=${Math.floor(Math.random() * 40) * 25}` }) }],
  });
  const cpuAfter = cpuMsOf(server.child.pid);
  const seen = await bystander.stop();
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, { count }]) => `${code}×${count}`)
    .join(' ');
  console.log(
    `ranking[${label}]: ${connections} connections ${seconds} s: ${result.requests.average.toFixed(0)} requests/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts} (${statuses}); targets p99 < 50 ms, ≥ 2,000 requests/s`,
  );
  if (cpuBefore !== undefined && cpuAfter !== undefined) {
    const cpuMs = cpuAfter - cpuBefore;
    console.log(`ranking[${label}]: server CPU during the load: ${(cpuMs / 1000).toFixed(1)} s, ${(cpuMs / result.requests.total).toFixed(2)} ms per request`);
  }
  console.log(`ranking[${label}]: bystander during the load: ${[...seen.entries()].map(([status, count]) => `${status}×${count}`).join(' ')}`);

  // The floor on this machine: `/api/health` is one query with no session, the least a database-backed answer costs,
  // under the same connections (the load generator shares the cores with the server and the database).
  const floor = await autocannon({ url: `${server.url}/api/health`, connections, duration: seconds });
  console.log(
    `ranking[${label}]: for comparison, /api/health (one query, no session) at ${connections} connections: ${floor.requests.average.toFixed(0)} requests/s, p50 ${floor.latency.p50} ms, p99 ${floor.latency.p99} ms`,
  );
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
    const jobId = await seedRankedJob(database.db, owner.userId, candidateCount);
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
      const jobId = await seedRankedJob(database.db, owner.userId, candidateCount);
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

if (!skipPglite) await runPglite();
if (serverUrl) await runPostgres(serverUrl);
