import { analyzeSkillGapsTask } from '#server/ai/index.ts';
import type { ParsedJob } from '#shared/ai/job.ts';
import type { CareerDeps } from './career-deps.ts';
import { postingSkills } from './job-postings.service.ts';
import { analysedJobSchema, levelForSeniority, rankSkillGaps, type AnalysedJob } from './rank-skill-gaps.ts';
import * as repo from './skill-analyses.repo.ts';
import { findAllSkills } from './skills.repo.ts';

export const analyzerVersion = 'parley-skill-gaps/1';

const stored = (value: unknown[]): AnalysedJob[] => value.flatMap((item) => analysedJobSchema.safeParse(item).data ?? []);

/**
 * Runs one analysis, a target posting at a time: each posting's result is saved with the progress as soon as it is
 * known, so a run that dies (a killed process) starts again after the postings already done. Safe to run twice: a
 * finished analysis is left alone. The ranking is arithmetic over the stored postings and the library as it is now.
 */
export async function runSkillAnalysis(deps: CareerDeps, analysisId: string): Promise<void> {
  const analysis = await repo.findSkillAnalysisById(deps.db, analysisId);
  if (!analysis || analysis.status === 'completed' || analysis.status === 'failed') return;
  const { userId } = analysis;
  const targetIds = (analysis.analysisParameters.targetIds as string[] | undefined) ?? [];
  const postings = await repo.findPostingsByIds(deps.db, userId, targetIds);
  const library = await findAllSkills(deps.db, userId);
  const done = stored(analysis.jobMatches);
  const engines = new Set<string>((analysis.analysisParameters.engines as string[] | undefined) ?? []);
  await repo.updateSkillAnalysis(deps.db, analysisId, { status: 'running', progressTotal: postings.length, progressDone: done.length });

  for (const posting of postings) {
    if (done.some((job) => job.id === posting.id)) continue;
    const parsed = (posting.parsed as ParsedJob | null) ?? undefined;
    const title = posting.jobTitle ?? parsed?.title ?? null;
    const { output, meta } = await deps.engine.run(
      analyzeSkillGapsTask,
      { profileSkills: library.map((skill) => skill.title), jobs: [{ id: posting.id, title: title ?? undefined, text: posting.description ?? undefined, parsed }] },
      { userId },
    );
    engines.add(meta.engine);
    const required = new Map(postingSkills(posting).map((skill) => [skill.name.toLowerCase(), skill.required]));
    const steps = new Map(output.gaps.map((gap) => [gap.skill.toLowerCase(), gap]));
    const result = output.jobs[0];
    done.push({
      id: posting.id,
      title,
      askedLevel: levelForSeniority(parsed?.seniority),
      matchScore: result?.matchScore ?? 0,
      matched: (result?.matched ?? []).map((skill) => ({ skill, required: required.get(skill.toLowerCase()) ?? false })),
      gaps: (result?.gaps ?? []).map((gap) => ({ ...gap, kind: steps.get(gap.skill.toLowerCase())?.kind ?? 'skill', nextSteps: steps.get(gap.skill.toLowerCase())?.nextSteps ?? [] })),
    });
    await repo.updateSkillAnalysis(deps.db, analysisId, {
      jobMatches: done,
      progressDone: done.length,
      analysisParameters: { ...analysis.analysisParameters, engines: [...engines] },
    });
  }

  const gaps = rankSkillGaps(done, library);
  const scores = done.map((job) => job.matchScore);
  await repo.updateSkillAnalysis(deps.db, analysisId, {
    status: 'completed',
    skillGaps: gaps,
    totalJobsAnalyzed: done.length,
    totalExperiencesAnalyzed: 0,
    totalSkillsFound: new Set(done.flatMap((job) => [...job.matched, ...job.gaps].map((skill) => skill.skill.toLowerCase()))).size,
    totalSkillGaps: gaps.length,
    averageJobMatchScore: scores.length ? Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length) : null,
    highestJobMatchScore: scores.length ? Math.max(...scores) : null,
    lowestJobMatchScore: scores.length ? Math.min(...scores) : null,
    analyzerVersion: engines.has('llm') ? `${analyzerVersion} (next steps by an LLM)` : analyzerVersion,
    completedAt: deps.now(),
  });
}
