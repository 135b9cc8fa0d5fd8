import { analyzeSkillGapsInputSchema, skillGapAnalysisSchema, type AnalyzeSkillGapsInput, type SkillGapAnalysis } from '#shared/ai/career.ts';
import type { ParsedJob } from '#shared/ai/job.ts';
import type { SkillKind } from '#shared/ai/skills.ts';
import { findSkills } from '#server/ai/offline/evaluation/find-skills.ts';
import { readJobSkills } from '#server/ai/offline/evaluation/read-job-skills.ts';

type GapTally = { skill: string; kind: SkillKind; jobCount: number; requiredCount: number };

/** Offline analyzeSkillGaps (seed 004 skill_analysis): per-job match, gaps ranked across jobs, next steps per top gap. */
export function analyzeSkillGaps(input: AnalyzeSkillGapsInput): SkillGapAnalysis {
  const { profileSkills, jobs } = analyzeSkillGapsInputSchema.parse(input);
  const have = normaliseProfile(profileSkills);
  const tally = new Map<string, GapTally>();
  const perJob = jobs.map((job, index) => {
    const parsed: ParsedJob = job.parsed ?? readJobSkills(job.text ?? job.title ?? '');
    const required = unique(parsed.mustHave.map((skill) => ({ name: skill.name, kind: skill.kind })));
    const requiredNames = new Set(required.map((skill) => skill.name));
    const nice = unique(parsed.niceToHave.map((skill) => ({ name: skill.name, kind: skill.kind }))).filter((skill) => !requiredNames.has(skill.name));
    const matched = [...required, ...nice].filter((skill) => have.has(skill.name.toLowerCase())).map((skill) => skill.name);
    const gaps = [...required.map((skill) => ({ ...skill, required: true })), ...nice.map((skill) => ({ ...skill, required: false }))].filter((skill) => !have.has(skill.name.toLowerCase()));
    for (const gap of gaps) {
      const entry = tally.get(gap.name) ?? { skill: gap.name, kind: gap.kind, jobCount: 0, requiredCount: 0 };
      entry.jobCount += 1;
      if (gap.required) entry.requiredCount += 1;
      tally.set(gap.name, entry);
    }
    // Must-haves count double: missing one hurts an application more than missing a bonus skill.
    const possible = required.length * 2 + nice.length;
    const earned = required.filter((skill) => have.has(skill.name.toLowerCase())).length * 2 + nice.filter((skill) => have.has(skill.name.toLowerCase())).length;
    const matchScore = possible === 0 ? 0 : Math.round((earned / possible) * 1000) / 10;
    return {
      ...(job.id ? { id: job.id } : { id: String(index + 1) }),
      ...(job.title ?? parsed.title ? { title: job.title ?? parsed.title } : {}),
      matchScore,
      matched,
      gaps: gaps.map((gap) => ({ skill: gap.name, required: gap.required })),
    };
  });
  const ranked = [...tally.values()].sort((a, b) => b.requiredCount * 2 + b.jobCount - (a.requiredCount * 2 + a.jobCount) || a.skill.localeCompare(b.skill));
  const scores = perJob.map((job) => job.matchScore);
  return skillGapAnalysisSchema.parse({
    jobs: perJob,
    gaps: ranked.map((gap, index) => ({ ...gap, nextSteps: index < 5 ? suggestSteps(gap, jobs.length) : [] })),
    totals: {
      total_jobs_analyzed: jobs.length,
      total_skill_gaps: ranked.length,
      average_job_match_score: Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10,
      highest_job_match_score: Math.max(...scores),
      lowest_job_match_score: Math.min(...scores),
    },
  });
}

/** Profile skills by canonical name ("JS" → javascript) and as written, lower-cased. */
function normaliseProfile(skills: readonly string[]): Set<string> {
  const have = new Set<string>();
  for (const skill of skills) {
    have.add(skill.toLowerCase());
    for (const mention of findSkills(skill)) have.add(mention.name.toLowerCase());
  }
  return have;
}

function unique<T extends { name: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.name) ? false : (seen.add(item.name), true)));
}

function suggestSteps(gap: GapTally, totalJobs: number): string[] {
  const demand = `${gap.jobCount} of ${totalJobs} target job${totalJobs === 1 ? '' : 's'} ask for ${gap.skill}${gap.requiredCount > 0 ? ` (${gap.requiredCount} as a requirement)` : ''}.`;
  if (gap.kind === 'knowledge') {
    return [
      demand,
      `Work through the official ${gap.skill} documentation or an introductory course, taking notes on what you try.`,
      `Build a small project that uses ${gap.skill} end to end and describe it on your profile.`,
      `Add ${gap.skill} to your resume once you can give a concrete example of using it.`,
    ];
  }
  return [
    demand,
    `Look for a chance in your current work to practise ${gap.skill.toLowerCase()}, and note what happened.`,
    `Prepare a STAR story that shows ${gap.skill.toLowerCase()} for interviews.`,
    `Ask a colleague or mentor for feedback on your ${gap.skill.toLowerCase()}.`,
  ];
}
