import { createFeedbackJob, feedbackPayloadSchema, queueFeedback } from './feedback.job.ts';
import { findPendingFeedbackSessionIds, waitForRecoveryTurn } from './feedback.repo.ts';
import type { PracticeDeps } from './practice-deps.ts';

/**
 * Once per process start, after the queues exist and before this process works them: queues again every pending
 * report that no pending run covers — the move that finished its session was saved by an app without a queue, its run
 * failed for good without marking it, or a worker that died holds it (see Queue.findPendingPayloads). A report made
 * twice is still written once (generate-feedback.ts), so erring towards queuing is safe. Processes starting at once
 * take turns on an advisory lock, and what one queues commits with its turn, so the next queues nothing twice.
 */
export async function recoverPracticeWork(deps: PracticeDeps): Promise<void> {
  const { queue } = deps;
  if (!queue) return;
  const requeued = await deps.db.transaction(async (transaction) => {
    await waitForRecoveryTurn(transaction);
    const pending = await queue.findPendingPayloads(createFeedbackJob(deps), transaction);
    const covered = new Set(pending.flatMap((payload) => feedbackPayloadSchema.safeParse(payload).data?.sessionId ?? []));
    const stranded = (await findPendingFeedbackSessionIds(transaction)).filter((sessionId) => !covered.has(sessionId));
    for (const sessionId of stranded) await queueFeedback(deps, sessionId, transaction);
    return stranded.length;
  });
  if (requeued > 0) deps.log.info({ reports: requeued }, 'queued again the practice reports no job was making');
}
