import type { Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { skillGapSchema, type SkillAnalysis, type SkillAnalysisComparison, type SkillAnalysisPage, type SkillGap } from '#shared/contracts/career-stories.ts';
import { toPage, type PageQuery } from '#shared/contracts/common.ts';
import type { CareerDeps } from './career-deps.ts';
import { analysedJobSchema } from './rank-skill-gaps.ts';
import * as repo from './skill-analyses.repo.ts';
import { queueSkillGaps } from './skill-gaps.job.ts';
import { findAllSkills } from './skills.repo.ts';

export function gapsOf(row: repo.SkillAnalysisRow): SkillGap[] {
  return row.skillGaps.flatMap((gap) => skillGapSchema.safeParse(gap).data ?? []);
}

function toSummary(row: repo.SkillAnalysisRow): Omit<SkillAnalysis, 'gaps' | 'jobs'> {
  const parameters = row.analysisParameters;
  return {
    id: row.id,
    status: row.status,
    progressDone: row.progressDone,
    progressTotal: row.progressTotal,
    error: row.error,
    analyzerVersion: row.analyzerVersion,
    parameters: { targetIds: (parameters.targetIds as string[] | undefined) ?? [], skillCount: Number(parameters.skillCount ?? 0) },
    totalJobsAnalyzed: row.totalJobsAnalyzed,
    totalSkillsFound: row.totalSkillsFound,
    totalSkillGaps: row.totalSkillGaps,
    averageJobMatchScore: row.averageJobMatchScore,
    highestJobMatchScore: row.highestJobMatchScore,
    lowestJobMatchScore: row.lowestJobMatchScore,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

function toAnalysis(row: repo.SkillAnalysisRow): SkillAnalysis {
  const jobs = row.jobMatches.flatMap((job) => analysedJobSchema.safeParse(job).data ?? []);
  return {
    ...toSummary(row),
    gaps: gapsOf(row),
    jobs: jobs.map((job) => ({ id: job.id, title: job.title, matchScore: job.matchScore, matched: job.matched.map((skill) => skill.skill) })),
  };
}

async function findOwned(deps: CareerDeps, caller: Caller, analysisId: string): Promise<repo.SkillAnalysisRow> {
  const row = await repo.findSkillAnalysis(deps.db, caller.userId, analysisId);
  if (!row) throw new AppError('not_found', 'No such skill-gap analysis among yours.');
  return row;
}

/** Starts an analysis over the postings marked as targets; the job runs it in the background, with its progress. */
export async function startSkillAnalysis(deps: CareerDeps, caller: Caller): Promise<SkillAnalysis> {
  const targets = await repo.findTargetPostings(deps.db, caller.userId);
  if (targets.length === 0) throw new AppError('conflict', 'Mark at least one job posting as a target first: the analysis compares your library with your targets.');
  const skillCount = (await findAllSkills(deps.db, caller.userId)).length;
  const row = await deps.db.transaction(async (tx) => {
    const created = await repo.insertSkillAnalysis(tx, caller.userId, {
      status: 'pending',
      progressTotal: targets.length,
      analysisParameters: { targetIds: targets.map((posting) => posting.id), skillCount },
    });
    await queueSkillGaps(deps, created.id, tx);
    return created;
  });
  return toAnalysis(row);
}

export async function listSkillAnalyses(deps: CareerDeps, caller: Caller, query: PageQuery): Promise<SkillAnalysisPage> {
  const { rows, total } = await repo.findSkillAnalysisPage(deps.db, { userId: caller.userId, limit: query.limit, offset: query.offset });
  return toPage(rows.map(toSummary), total, query);
}

export async function getSkillAnalysis(deps: CareerDeps, caller: Caller, analysisId: string): Promise<SkillAnalysis> {
  return toAnalysis(await findOwned(deps, caller, analysisId));
}

/** Two runs side by side: the gaps the later one no longer has, the new ones, and those whose priority moved. */
export async function compareSkillAnalyses(deps: CareerDeps, caller: Caller, analysisId: string, otherId: string): Promise<SkillAnalysisComparison> {
  const [first, second] = [await findOwned(deps, caller, analysisId), await findOwned(deps, caller, otherId)];
  const [before, after] = first.createdAt <= second.createdAt ? [first, second] : [second, first];
  const gapsBefore = new Map(gapsOf(before).map((gap) => [gap.skill.toLowerCase(), gap]));
  const gapsAfter = new Map(gapsOf(after).map((gap) => [gap.skill.toLowerCase(), gap]));
  const side = (row: repo.SkillAnalysisRow) => ({ id: row.id, createdAt: row.createdAt.toISOString(), totalSkillGaps: row.totalSkillGaps, averageJobMatchScore: row.averageJobMatchScore });
  return {
    before: side(before),
    after: side(after),
    closed: [...gapsBefore].filter(([key]) => !gapsAfter.has(key)).map(([, gap]) => gap.skill),
    opened: [...gapsAfter].filter(([key]) => !gapsBefore.has(key)).map(([, gap]) => gap.skill),
    changed: [...gapsAfter].flatMap(([key, gap]) => {
      const old = gapsBefore.get(key);
      return old && old.priority !== gap.priority ? [{ skill: gap.skill, before: old.priority, after: gap.priority }] : [];
    }),
  };
}
