import { requeueStrandedFiles } from './batches/requeue-stranded-files.ts';
import type { HiringDeps } from './hiring-deps.ts';
import { waitForRecoveryTurn } from './recovery.repo.ts';
import { requeueUnfinishedRescores } from './jobs/requeue-unfinished-rescores.ts';
import { queueEmbedMissing } from './search/embed-missing.ts';

/**
 * Once per process start, after the queues exist and before this process works them: queue again the CVs that
 * stopped or killed workers left unfinished, the rescores they left running (decision 054), and (with an embedding provider) embed what has no embedding yet.
 * Processes starting at once take turns on an advisory lock, and what one queues commits with its turn, so the next
 * sees those runs as pending and queues nothing twice.
 */
export async function recoverHiringWork(deps: HiringDeps): Promise<void> {
  const { queue } = deps;
  if (!queue) return;
  const requeued = await deps.db.transaction(async (transaction) => {
    await waitForRecoveryTurn(transaction);
    const files = await requeueStrandedFiles(deps, queue, transaction);
    const rescores = await requeueUnfinishedRescores(deps, queue, transaction);
    if (deps.embedder) await queueEmbedMissing(deps, queue, transaction);
    return { files, rescores };
  });
  if (requeued.files > 0) deps.log.info({ files: requeued.files }, 'queued again the CVs that stopped workers left unfinished');
  if (requeued.rescores > 0) deps.log.info({ rescores: requeued.rescores }, 'queued again the rescores that stopped workers left unfinished');
}
