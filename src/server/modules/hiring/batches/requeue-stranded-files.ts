import type { Db } from '#server/db/client.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { findAllUnfinishedFileIds } from './batches.repo.ts';
import { createProcessCvJob, processCvPayloadSchema, queueCvFiles } from './process-cv.ts';

/**
 * At start-up: queues again every unfinished CV of every batch that no pending run covers — its run was lost, failed
 * for good, or is held by a worker that died (see Queue.findPendingPayloads). pg-boss would retry a dead worker's run
 * only after its heartbeat or expiry lapses; this does it at once. A CV queued twice is still screened once
 * (process-cv.ts skips finished files), so erring towards queuing is safe.
 */
export async function requeueStrandedFiles(deps: HiringDeps, queue: Queue, transaction: Db): Promise<number> {
  const job = createProcessCvJob(deps);
  const covered = new Set(
    (await queue.findPendingPayloads(job, transaction)).flatMap((payload) => processCvPayloadSchema.safeParse(payload).data?.batchFileIds ?? []),
  );
  const stranded = (await findAllUnfinishedFileIds(transaction)).filter((id) => !covered.has(id));
  await queueCvFiles({ ...deps, queue }, stranded, transaction);
  return stranded.length;
}
