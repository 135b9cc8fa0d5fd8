import type { CareerDeps } from './career-deps.ts';
import { findUnfinishedAnalysisIds, waitForCareerRecoveryTurn } from './skill-analyses.repo.ts';
import { createSkillGapsJob, queueSkillGaps, skillGapsPayloadSchema } from './skill-gaps.job.ts';

/**
 * Once per process start, before this process works the queue: queues again every unfinished skill-gap analysis no
 * pending run covers (a process killed mid-run, or an analysis saved by an app without a queue). A run goes on after
 * the postings already done (run-skill-analysis.ts), so erring towards queuing is safe. Processes starting at once
 * take turns on an advisory lock, as practice's recovery does.
 */
export async function recoverSkillAnalyses(deps: CareerDeps): Promise<void> {
  const { queue } = deps;
  if (!queue) return;
  const requeued = await deps.db.transaction(async (transaction) => {
    await waitForCareerRecoveryTurn(transaction);
    const pending = await queue.findPendingPayloads(createSkillGapsJob(deps), transaction);
    const covered = new Set(pending.flatMap((payload) => skillGapsPayloadSchema.safeParse(payload).data?.analysisId ?? []));
    const stranded = (await findUnfinishedAnalysisIds(transaction)).filter((id) => !covered.has(id));
    for (const analysisId of stranded) await queueSkillGaps(deps, analysisId, transaction);
    return stranded.length;
  });
  if (requeued > 0) deps.log.info({ analyses: requeued }, 'queued again the skill-gap analyses no job was running');
}
