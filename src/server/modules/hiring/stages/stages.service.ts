import { authorize, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { idSchema } from '#shared/contracts/common.ts';
import type { BulkStageBody, BulkStageResult, JobStages, RenameStagesBody } from '#shared/contracts/hiring-team.ts';
import { stageNamesOf } from '#shared/hiring/stages.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { findJobCandidateIds, findStageNames, moveJobCandidates, saveStageNames } from './stages.repo.ts';

/** The job's pipeline in order, each stage with the job's name for it; any member of the workspace may read it. */
export async function getJobStages(deps: HiringDeps, caller: Caller, jobId: string): Promise<JobStages> {
  await authorize(deps.db, caller, { kind: 'job', id: jobId }, 'read');
  return { stages: stageNamesOf(await findStageNames(deps.db, jobId)) };
}

/** Renames some of the job's stages (the others keep their names); the stages themselves and their order stay. */
export async function renameJobStages(deps: HiringDeps, caller: Caller, jobId: string, body: RenameStagesBody): Promise<JobStages> {
  await authorize(deps.db, caller, { kind: 'job', id: jobId }, 'write');
  const keys = body.stages.map((stage) => stage.key);
  if (new Set(keys).size !== keys.length) throw new AppError('bad_request', 'stages: each stage may be named once.');
  const names = { ...(await findStageNames(deps.db, jobId)), ...Object.fromEntries(body.stages.map((stage) => [stage.key, stage.name])) };
  await saveStageNames(deps.db, jobId, names);
  return { stages: stageNamesOf(names) };
}

const candidateIdSchema = idSchema('candidate');

/**
 * Moves the ticked candidates of a job to one stage, all or nothing: shortlisting is the move to screening, rejecting
 * the move to rejected and needs a reason. Any id that is not a candidate of this job fails the whole request with a
 * 400 naming it.
 */
export async function moveCandidatesToStage(deps: HiringDeps, caller: Caller, jobId: string, body: BulkStageBody): Promise<BulkStageResult> {
  await authorize(deps.db, caller, { kind: 'job', id: jobId }, 'write');
  if (body.stage === 'rejected' && !body.reason) throw new AppError('bad_request', 'reason: give a reason to reject.', { field: 'reason' });
  const candidateIds = [...new Set(body.candidateIds)];
  const wellFormed = candidateIds.filter((id) => candidateIdSchema.safeParse(id).success);
  let result: { moved: number; unknown: string[] };
  if (wellFormed.length < candidateIds.length) {
    const known = await findJobCandidateIds(deps.db, jobId, wellFormed);
    result = { moved: 0, unknown: candidateIds.filter((id) => !known.has(id)) };
  } else {
    result = await moveJobCandidates(deps.db, { jobId, candidateIds, stage: body.stage, reason: body.stage === 'rejected' ? body.reason! : null });
  }
  if (result.unknown.length > 0) {
    throw new AppError('bad_request', `candidateIds: not candidates of this job: ${result.unknown.join(', ')}. Nothing was moved.`, { field: 'candidateIds', ids: result.unknown });
  }
  return { moved: result.moved, stage: body.stage };
}
