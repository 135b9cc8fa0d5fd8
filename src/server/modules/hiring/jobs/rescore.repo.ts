import { and, asc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { candidates, jobs, resumeEntities, resumes } from '#server/db/schema/index.ts';
import type { JobRow } from './jobs.repo.ts';

/** The one version of the requirements a run works for, of one job: two numbers that travel together. */
export type RescoreRef = { jobId: string; version: number };

/** Candidates a rescore can score: those whose parsed CV is still stored. */
const countScorable = (jobId: string) => sql<number>`(select count(*)::int from ${candidates} where ${candidates.jobId} = ${jobId} and ${candidates.resumeId} is not null)`;
const countScoredAt = (ref: RescoreRef) =>
  sql<number>`(select count(*)::int from ${candidates} where ${candidates.jobId} = ${ref.jobId} and ${candidates.resumeId} is not null and ${candidates.scoredVersion} >= ${ref.version})`;

/**
 * A new generation of the job's requirements: the version goes up by one and its rescore starts over as queued. A run
 * of an older version sees it and stops; every candidate scored against an older version is scored again.
 */
export async function startRescoreGeneration(db: Db, jobId: string): Promise<JobRow | undefined> {
  const [row] = await db
    .update(jobs)
    .set({
      requirementsVersion: sql`${jobs.requirementsVersion} + 1`,
      rescoreStatus: 'queued',
      rescoreDone: 0,
      rescoreTotal: countScorable(jobId),
      rescoreStartedAt: null,
      rescoreFinishedAt: null,
      rescoreError: null,
    })
    .where(eq(jobs.id, jobId))
    .returning();
  return row;
}

/** Marks the run of this version running (kept when it was already, as after a restart); false when a newer version exists. */
export async function markRescoreRunning(db: Db, ref: RescoreRef, now: Date): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ rescoreStatus: 'running', rescoreStartedAt: sql`coalesce(${jobs.rescoreStartedAt}, ${now.toISOString()}::timestamptz)`, rescoreFinishedAt: null, rescoreError: null, rescoreTotal: countScorable(ref.jobId), rescoreDone: countScoredAt(ref) })
    .where(and(eq(jobs.id, ref.jobId), eq(jobs.requirementsVersion, ref.version)))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

export type CandidateToRescore = {
  id: string;
  profile: Record<string, unknown>;
  rawText: string | null;
  entities: { type: string; text: string; start: number | null; end: number | null; confidence: number }[];
};

/** A stored entity as the chunk's query packs it: [type, text, start, end, confidence]. */
type PackedEntity = [string, string, number | null, number | null, number];

/**
 * The next candidates still scored against an older version, with their stored CV text and entities, in one query: each
 * CV's entities come packed in one JSON array (tens of rows per CV would cost more to read one by one than to match).
 */
export async function findCandidatesToRescore(db: Db, ref: RescoreRef, limit: number): Promise<CandidateToRescore[]> {
  const entities = sql<PackedEntity[] | null>`(
    select json_agg(json_build_array(${resumeEntities.entityType}, ${resumeEntities.value}, ${resumeEntities.startOffset}, ${resumeEntities.endOffset}, ${resumeEntities.confidence}) order by ${resumeEntities.startOffset})
    from ${resumeEntities} where ${resumeEntities.resumeId} = ${resumes.id})`;
  const rows = await db
    .select({ id: candidates.id, profile: candidates.profile, rawText: resumes.rawText, entities })
    .from(candidates)
    .innerJoin(resumes, eq(resumes.id, candidates.resumeId))
    .where(and(eq(candidates.jobId, ref.jobId), lt(candidates.scoredVersion, ref.version), isNotNull(candidates.resumeId)))
    .orderBy(asc(candidates.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, entities: (row.entities ?? []).map(([type, text, start, end, confidence]) => ({ type, text, start, end, confidence })) }));
}

/** A candidate's new score, in the columns the screening writes. */
export type RescoredValues = {
  id: string;
  overallScore: number;
  scoreComponents: unknown;
  recommendation: string;
  matchedSkills: readonly string[];
  missingSkills: readonly string[];
  missingNiceToHaveSkills: readonly string[];
  additionalSkills: readonly string[];
  rankReasoning: string;
  evidence: unknown;
};

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;
const textArray = (column: string) => sql.raw(`array(select jsonb_array_elements_text(v.${column}))`);

/**
 * Writes a chunk of new scores in one multi-row UPDATE and the run's progress, in one transaction. A row is written
 * only while this version is the job's latest and the candidate was scored against an older one, so a superseded run
 * can never overwrite a newer score. Answers the candidates scored at this version so far, or undefined when a newer
 * version superseded this one.
 */
export async function saveRescoredChunk(db: Db, ref: RescoreRef, rows: readonly RescoredValues[]): Promise<number | undefined> {
  return db.transaction(async (tx) => {
    if (rows.length > 0) {
      const values = sql.join(
        rows.map(
          (row) =>
            sql`(${row.id}::uuid, ${row.overallScore}::int, ${json(row.scoreComponents)}, ${row.recommendation}::text, ${json(row.matchedSkills)}, ${json(row.missingSkills)}, ${json(row.missingNiceToHaveSkills)}, ${json(row.additionalSkills)}, ${row.rankReasoning}::text, ${json(row.evidence)})`,
        ),
        sql`, `,
      );
      await tx.execute(sql`
        update ${candidates} as c set
          overall_score = v.overall_score,
          score_components = v.score_components,
          recommendation = v.recommendation,
          matched_skills = ${textArray('matched_skills')},
          missing_skills = ${textArray('missing_skills')},
          missing_nice_to_have_skills = ${textArray('missing_nice_to_have_skills')},
          additional_skills = ${textArray('additional_skills')},
          rank_reasoning = v.rank_reasoning,
          evidence = v.evidence,
          scored_version = ${ref.version},
          updated_at = now()
        from (values ${values}) as v(id, overall_score, score_components, recommendation, matched_skills, missing_skills, missing_nice_to_have_skills, additional_skills, rank_reasoning, evidence)
        where c.id = v.id and c.job_id = ${ref.jobId} and c.scored_version < ${ref.version}
          and exists (select 1 from ${jobs} where ${jobs.id} = ${ref.jobId} and ${jobs.requirementsVersion} = ${ref.version})`);
    }
    const [progress] = await tx
      .update(jobs)
      .set({ rescoreDone: countScoredAt(ref), rescoreTotal: countScorable(ref.jobId) })
      .where(and(eq(jobs.id, ref.jobId), eq(jobs.requirementsVersion, ref.version)))
      .returning({ done: jobs.rescoreDone });
    return progress?.done;
  });
}

/** The run of this version finished: every scorable candidate now carries a score against it. */
export async function markRescoreDone(db: Db, ref: RescoreRef, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ rescoreStatus: 'done', rescoreFinishedAt: now, rescoreDone: countScoredAt(ref), rescoreTotal: countScorable(ref.jobId) })
    .where(and(eq(jobs.id, ref.jobId), eq(jobs.requirementsVersion, ref.version)));
}

export async function markRescoreFailed(db: Db, ref: RescoreRef, failure: { message: string; now: Date }): Promise<void> {
  await db
    .update(jobs)
    .set({ rescoreStatus: 'failed', rescoreFinishedAt: failure.now, rescoreError: failure.message })
    .where(and(eq(jobs.id, ref.jobId), eq(jobs.requirementsVersion, ref.version)));
}

/** Runs a stopped process may have left unfinished: queued or running, each at its job's latest version. */
export async function findUnfinishedRescores(db: Db): Promise<RescoreRef[]> {
  return db.select({ jobId: jobs.id, version: jobs.requirementsVersion }).from(jobs).where(inArray(jobs.rescoreStatus, ['queued', 'running']));
}

/** The job's latest requirements version (undefined when the job is gone). */
export async function findRequirementsVersion(db: Db, jobId: string): Promise<number | undefined> {
  const [row] = await db.select({ version: jobs.requirementsVersion }).from(jobs).where(eq(jobs.id, jobId));
  return row?.version;
}
