import type { ParsedResume, ResumeEntity } from '#shared/ai/resume.ts';
import type { Job } from '#shared/contracts/hiring.ts';
import type { AiCaller } from '#server/modules/hiring/hiring-ai.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { findCandidateResume, findJobCandidates, updateCandidateScore } from './candidates.repo.ts';
import { scoreValues } from './screening.repo.ts';

/** Scores every candidate of a job again from the stored text, profile and entities: nothing is parsed twice. */
export async function rescoreJobCandidates(deps: HiringDeps, job: Job, ctx: AiCaller): Promise<number> {
  const records = await findJobCandidates(deps.db, job.id, { blind: false });
  let rescored = 0;
  for (const record of records) {
    if (!record.resumeId) continue;
    const stored = await findCandidateResume(deps.db, record.resumeId);
    if (!stored) continue;
    const parsed: ParsedResume = {
      text: stored.rawText ?? '',
      resume: record.profile,
      entities: stored.entities
        .filter((entity) => entity.start !== null && entity.end !== null)
        .map((entity) => ({ type: entity.type as ResumeEntity['type'], text: entity.text, start: entity.start!, end: entity.end!, confidence: entity.confidence })),
      warnings: [],
    };
    const match = await deps.ai.matchCv(parsed, job, ctx);
    await updateCandidateScore(deps.db, record.id, scoreValues(match));
    rescored += 1;
  }
  deps.log.info({ jobId: job.id, rescored }, 'candidates re-scored');
  return rescored;
}
