import { z } from 'zod';
import type { Db } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import { defineJob } from '#server/platform/queue/job-definition.ts';
import type { ParsedResume, ResumeEntity } from '#shared/ai/resume.ts';
import { scoreValues } from '#server/modules/hiring/candidates/screening.repo.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { findJobById } from './jobs.repo.ts';
import { toJob } from './jobs.service.ts';
import { findCandidatesToRescore, markRescoreDone, markRescoreFailed, markRescoreRunning, saveRescoredChunk, type CandidateToRescore, type RescoreRef } from './rescore.repo.ts';

export const rescorePayloadSchema = z.object({ jobId: z.uuid(), version: z.number().int().min(1), requestedBy: z.uuid().nullable() });
export type RescorePayload = z.infer<typeof rescorePayloadSchema>;

/**
 * Candidates per chunk: one read, one choice of engine, one usage write, one multi-row UPDATE and one progress write
 * each; small enough that progress moves with an LLM (and that a budget reached mid-run stops the LLM within a chunk).
 */
const chunkSize = 100;
const retryLimit = 3;

/**
 * Scores a job's candidates again against one version of its requirements, from the stored parsed CVs (nothing is
 * parsed twice), a chunk at a time. Safe to run twice and to resume: it only takes candidates scored against an older
 * version. A run whose version a newer change superseded stops at its next chunk; the newer run scores the rest.
 */
export function createRescoreJob(deps: HiringDeps) {
  return defineJob({
    name: 'hiring.rescore-candidates',
    schema: rescorePayloadSchema,
    retryLimit,
    retryDelaySeconds: 2,
    // Offline a thousand candidates take about a second; with an LLM, seconds each. A run held by a worker that died is
    // retried once its heartbeat stops; a restart queues it at once (recover-hiring-work.ts).
    expireInSeconds: 3600,
    heartbeatSeconds: 30,
    handler: async (payload, { attempt, log }) => {
      const ref = { jobId: payload.jobId, version: payload.version };
      try {
        await rescoreCandidates(deps, payload, log);
      } catch (error) {
        if (attempt <= retryLimit) {
          log.warn({ err: error, ...ref, attempt }, 'rescore failed; it will be retried');
          throw error;
        }
        log.error({ err: error, ...ref, attempt }, 'rescore failed for good');
        await markRescoreFailed(deps.db, ref, { message: 'The candidates could not be scored again. Try again in a moment.', now: deps.now() });
      }
    },
  });
}

/** Queues the run of this version; inside the transaction that started it, so it exists exactly when that commits. */
export async function queueRescore(deps: HiringDeps, payload: RescorePayload, transaction: Db): Promise<void> {
  await deps.queue?.send(createRescoreJob(deps), payload, { transaction });
}

/** The run itself; answers 'superseded' when a newer change took over, or the number of candidates it scored. */
export async function rescoreCandidates(deps: HiringDeps, payload: RescorePayload, log: Logger = deps.log): Promise<number | 'superseded'> {
  const ref: RescoreRef = { jobId: payload.jobId, version: payload.version };
  const row = await findJobById(deps.db, ref.jobId);
  if (!row || row.requirementsVersion !== ref.version || !(await markRescoreRunning(deps.db, ref, deps.now()))) return 'superseded';
  const job = toJob(row);
  const ctx = { userId: payload.requestedBy ?? undefined, workspaceId: row.workspaceId };
  let scored = 0;
  for (;;) {
    const chunk = await findCandidatesToRescore(deps.db, ref, chunkSize);
    if (chunk.length === 0) break;
    const outcomes = await deps.ai.matchCvs(chunk.map(toParsed), job, ctx);
    const values = chunk.map((candidate, index) => ({ id: candidate.id, ...scoreValues(outcomes[index]!) }));
    const done = await saveRescoredChunk(deps.db, ref, values);
    if (done === undefined) {
      log.info({ ...ref, scored }, 'rescore superseded by a newer change of the requirements');
      return 'superseded';
    }
    scored += chunk.length;
  }
  await markRescoreDone(deps.db, ref, deps.now());
  log.info({ ...ref, scored }, 'candidates re-scored');
  return scored;
}

function toParsed(candidate: CandidateToRescore): ParsedResume {
  return {
    text: candidate.rawText ?? '',
    resume: candidate.profile,
    entities: candidate.entities
      .filter((entity) => entity.start !== null && entity.end !== null)
      .map((entity) => ({ type: entity.type as ResumeEntity['type'], text: entity.text, start: entity.start!, end: entity.end!, confidence: entity.confidence })),
    warnings: [],
  };
}
