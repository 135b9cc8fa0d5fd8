import { z } from 'zod';
import type { Embedder } from '#server/ai/index.ts';
import type { Db } from '#server/db/client.ts';
import { defineJob } from '#server/platform/queue/job-definition.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import type { Resume } from '#shared/ai/resume.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { isUsableVector } from './embed-records.ts';
import { findCandidatesToEmbed, findJobsToEmbed, saveCandidateEmbedding, saveJobEmbedding } from './embeddings.repo.ts';
import { candidateDocument, jobDocument } from './search-documents.ts';

const pageSize = 32;
const beforeEveryId = '00000000-0000-0000-0000-000000000000';

/**
 * Embeds every job and candidate that has no embedding of the configured model: those made before a provider was
 * configured or while it failed, and all of them after EMBEDDING_MODEL changes. A failing provider fails the run,
 * which pg-boss retries; what is saved stays saved, so a retry goes on where the run stopped.
 */
export function createEmbedMissingJob(deps: HiringDeps) {
  return defineJob({
    name: 'hiring.embed-missing',
    schema: z.object({}),
    retryLimit: 3,
    retryDelaySeconds: 30,
    expireInSeconds: 60 * 60,
    handler: async (_data, { log }) => {
      if (!deps.embedder) return;
      const embedded = await embedMissing(deps.db, deps.embedder);
      if (embedded.jobs + embedded.candidates > 0) log.info(embedded, 'embedded jobs and candidates for semantic search');
    },
  });
}

/** Queues the run inside the start-up transaction, unless one is already waiting or running. */
export async function queueEmbedMissing(deps: HiringDeps, queue: Queue, transaction: Db): Promise<void> {
  const job = createEmbedMissingJob(deps);
  if ((await queue.findPendingPayloads(job, transaction)).length === 0) await queue.send(job, {}, { transaction });
}

async function embedMissing(db: Db, embedder: Embedder): Promise<{ jobs: number; candidates: number }> {
  const jobs = await embedPages(
    (after) => findJobsToEmbed(db, embedder.model, after, pageSize),
    (row) => jobDocument(row),
    (id, vector) => saveJobEmbedding(db, id, { vector, model: embedder.model }),
    embedder,
  );
  const candidates = await embedPages(
    (after) => findCandidatesToEmbed(db, embedder.model, after, pageSize),
    (row) => candidateDocument(row.profile as Resume, row),
    (id, vector) => saveCandidateEmbedding(db, id, { vector, model: embedder.model }),
    embedder,
  );
  return { jobs, candidates };
}

/** Walks the rows in id order, so a row with nothing to embed (an empty CV) is passed once, not fetched forever. */
async function embedPages<Row extends { id: string }>(
  findPage: (afterId: string) => Promise<Row[]>,
  toText: (row: Row) => string,
  save: (id: string, vector: number[]) => Promise<void>,
  embedder: Embedder,
): Promise<number> {
  let embedded = 0;
  let after = beforeEveryId;
  for (let page = await findPage(after); page.length > 0; page = await findPage(after)) {
    const texts = page.map((row) => ({ id: row.id, text: toText(row) })).filter((entry) => entry.text);
    const vectors = await embedder.embed(texts.map((entry) => entry.text));
    for (const [index, entry] of texts.entries()) {
      const vector = vectors[index];
      if (!isUsableVector(vector)) continue;
      await save(entry.id, vector);
      embedded += 1;
    }
    after = page.at(-1)!.id;
  }
  return embedded;
}
