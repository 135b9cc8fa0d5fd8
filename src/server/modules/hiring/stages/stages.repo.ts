import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { candidates, jobs, type CandidateStatus } from '#server/db/schema/index.ts';

export type StageNames = Partial<Record<CandidateStatus, string>>;

/** The job's own names for its stages (empty: every stage keeps its default name). */
export async function findStageNames(db: Db, jobId: string): Promise<StageNames> {
  const [row] = await db.select({ stageNames: jobs.stageNames }).from(jobs).where(eq(jobs.id, jobId));
  return row?.stageNames ?? {};
}

export async function saveStageNames(db: Db, jobId: string, stageNames: StageNames): Promise<void> {
  await db.update(jobs).set({ stageNames }).where(eq(jobs.id, jobId));
}

/** Which of these ids are candidates of the job. */
export async function findJobCandidateIds(db: Db, jobId: string, candidateIds: readonly string[]): Promise<Set<string>> {
  const rows = await db.select({ id: candidates.id }).from(candidates).where(and(eq(candidates.jobId, jobId), inArray(candidates.id, [...candidateIds])));
  return new Set(rows.map((row) => row.id));
}

/**
 * Moves the candidates of one job to a stage in one transaction: when any id is not a candidate of the job, nothing
 * moves and the ids that are not are returned.
 */
export async function moveJobCandidates(
  db: Db,
  move: { jobId: string; candidateIds: readonly string[]; stage: CandidateStatus; reason: string | null },
): Promise<{ moved: number; unknown: string[] }> {
  return db.transaction(async (tx) => {
    const found = await tx
      .select({ id: candidates.id })
      .from(candidates)
      .where(and(eq(candidates.jobId, move.jobId), inArray(candidates.id, [...move.candidateIds])))
      .for('update');
    const known = new Set(found.map((row) => row.id));
    const unknown = move.candidateIds.filter((id) => !known.has(id));
    if (unknown.length > 0) return { moved: 0, unknown };
    const moved = await tx
      .update(candidates)
      .set({ status: move.stage, statusReason: move.reason })
      .where(and(eq(candidates.jobId, move.jobId), inArray(candidates.id, [...move.candidateIds])))
      .returning({ id: candidates.id });
    return { moved: moved.length, unknown: [] };
  });
}
