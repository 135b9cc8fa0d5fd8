import { z } from 'zod';
import type { Db } from '#server/db/client.ts';
import { defineJob } from '#server/platform/queue/job-definition.ts';
import type { CareerDeps } from './career-deps.ts';
import { runSkillAnalysis } from './run-skill-analysis.ts';
import { updateSkillAnalysis } from './skill-analyses.repo.ts';

export const skillGapsPayloadSchema = z.object({ analysisId: z.uuid() });

const retryLimit = 2;

/** Runs a skill-gap analysis in the background; retried, then marked failed with words the user can act on. */
export function createSkillGapsJob(deps: CareerDeps) {
  return defineJob({
    name: 'career.skill-gaps',
    schema: skillGapsPayloadSchema,
    retryLimit,
    retryDelaySeconds: 2,
    expireInSeconds: 900,
    handler: async ({ analysisId }, { attempt, log }) => {
      try {
        await runSkillAnalysis(deps, analysisId);
      } catch (error) {
        if (attempt <= retryLimit) {
          log.warn({ err: error, analysisId, attempt }, 'skill-gap analysis failed; it will be retried');
          throw error;
        }
        log.error({ err: error, analysisId, attempt }, 'skill-gap analysis failed for good');
        await updateSkillAnalysis(deps.db, analysisId, { status: 'failed', error: 'The analysis could not finish. Run it again in a moment.' });
      }
    },
  });
}

/** Queues an analysis inside the transaction that creates it, so the job exists exactly when the analysis does. */
export async function queueSkillGaps(deps: CareerDeps, analysisId: string, transaction: Db): Promise<void> {
  await deps.queue?.send(createSkillGapsJob(deps), { analysisId }, { transaction });
}
