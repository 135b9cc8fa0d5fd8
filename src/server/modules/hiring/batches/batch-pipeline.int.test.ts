import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendJob, batchFixtures, readResumeFixture } from '#tests/fixtures/hiring.ts';
import { insertUser, insertWorkspace } from '#tests/support/hiring-seed.ts';
import { createTestDatabase } from '#tests/support/test-database.ts';
import { writeZip } from '#tests/support/zip-writer.ts';
import { loadConfig } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import { candidates } from '#server/db/schema/index.ts';
import type { Caller } from '#server/platform/access/index.ts';
import { createLogger } from '#server/platform/logger.ts';
import { startQueue, type Queue } from '#server/platform/queue/queue.ts';
import { listCandidates } from '#server/modules/hiring/candidates/candidates.service.ts';
import { createHiringDeps, createHiringJobs, type HiringDeps } from '#server/modules/hiring/index.ts';
import { createAiEngine } from '#server/ai/index.ts';
import { createJob } from '#server/modules/hiring/jobs/jobs.service.ts';
import { getBatch, startBatch } from './batches.service.ts';
import { expandZip } from './expand-zip.ts';
import { createStorage } from '#server/platform/storage/index.ts';
import { processBatchFile } from './process-cv.ts';

const log = createLogger({ logLevel: 'silent' });

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 50_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in time: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('CV batch pipeline (services, real queue and storage)', () => {
  let database: Database;
  let dataDir: string;
  let owner: Caller;
  let workspaceId: string;
  const withQueue = (queue?: Queue): HiringDeps => {
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    return createHiringDeps({ config, database, log, now: () => new Date(), engine: createAiEngine({ config, log, clock: { now: () => new Date() } }), storage: createStorage(config.storage), ...(queue ? { queue } : {}) });
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-hiring-'));
    owner = await insertUser(database.db, 'Owner');
    workspaceId = await insertWorkspace(database.db, owner);
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('resumes after a stop mid-batch: every CV ends up exactly once', async () => {
    // Phase 1: a process that queues the batch and then dies having screened two files and started a third.
    const firstQueue = await startQueue(database, log);
    const first = withQueue(firstQueue);
    await firstQueue.register(createHiringJobs(first));
    const job = await createJob(first, owner, workspaceId, backendJob);
    const zip = writeZip(batchFixtures.map((name) => ({ name: `cvs/${name}`, data: readResumeFixture(name) })));
    const { id: batchId } = await startBatch(first, owner, job.id, (limits) => expandZip('cvs.zip', zip, limits, { bytes: 0 }));
    const queued = await getBatch(first, owner, batchId);
    expect(queued.total).toBe(batchFixtures.length);
    await processBatchFile(first, queued.files[0]!.id);
    await processBatchFile(first, queued.files[1]!.id);
    await processBatchFile(first, queued.files[1]!.id);
    await firstQueue.stop();
    const midway = await getBatch(first, owner, batchId);
    expect(midway.status).toBe('processing');
    expect(midway.processed).toBe(2);

    // Phase 2: a new process on the same database works the queue that survived.
    const secondQueue = await startQueue(database, log);
    try {
      const second = withQueue(secondQueue);
      const jobs = createHiringJobs(second);
      await secondQueue.register(jobs);
      await secondQueue.work(jobs);
      const done = await waitFor(() => getBatch(second, owner, batchId), (batch) => batch.status === 'completed');
      expect(done.processed).toBe(done.total);
      expect(done.files.map((file) => file.status)).toEqual(Array(batchFixtures.length).fill('done'));
      for (const file of done.files) await processBatchFile(second, file.id);

      const rows = await database.db.select({ id: candidates.id, resumeId: candidates.resumeId }).from(candidates);
      expect(rows).toHaveLength(batchFixtures.length);
      expect(new Set(rows.map((row) => row.resumeId)).size).toBe(batchFixtures.length);
      const { items: ranking, total } = await listCandidates(second, owner, job.id, { limit: 20, offset: 0 });
      expect(total).toBe(batchFixtures.length);
      expect(ranking[0]?.name).toBe('Maya Chen');
      expect(ranking[0]?.fileName).toBe('cvs/software-engineer.pdf');
      expect(ranking.map((row) => row.score)).toEqual([...ranking.map((row) => row.score)].sort((a, b) => b - a));
    } finally {
      await secondQueue.stop();
    }
  });
});
