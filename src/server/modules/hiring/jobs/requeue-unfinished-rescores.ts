import type { Db } from '#server/db/client.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { createRescoreJob, queueRescore, rescorePayloadSchema } from './rescore-candidates.job.ts';
import { findUnfinishedRescores } from './rescore.repo.ts';

/**
 * At start-up: queues again the rescore of every job whose latest version is still queued or running and that no
 * pending run covers — its worker was killed, or it was saved by an app without a queue. A rescore run twice scores
 * nothing twice (it takes only candidates scored against an older version), so erring towards queuing is safe.
 */
export async function requeueUnfinishedRescores(deps: HiringDeps, queue: Queue, transaction: Db): Promise<number> {
  const pending = await queue.findPendingPayloads(createRescoreJob(deps), transaction);
  const covered = new Set(pending.flatMap((payload) => {
    const parsed = rescorePayloadSchema.safeParse(payload).data;
    return parsed ? [`${parsed.jobId}:${parsed.version}`] : [];
  }));
  const stranded = (await findUnfinishedRescores(transaction)).filter((ref) => !covered.has(`${ref.jobId}:${ref.version}`));
  for (const ref of stranded) await queueRescore({ ...deps, queue }, { ...ref, requestedBy: null }, transaction);
  return stranded.length;
}
