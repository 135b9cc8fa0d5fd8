import { z } from 'zod';
import type { Seniority } from '#shared/ai/job.ts';
import type { SkillGap } from '#shared/contracts/career-stories.ts';
import { skillLevels, type SkillLevel } from '#shared/vocabulary.ts';

/** One target posting as an analysis stores it (skill_analyses.job_matches), so a restarted run skips it. */
export const analysedJobSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  askedLevel: z.enum(skillLevels).nullable(),
  matchScore: z.number(),
  matched: z.array(z.object({ skill: z.string(), required: z.boolean() })),
  gaps: z.array(z.object({ skill: z.string(), required: z.boolean(), kind: z.enum(['skill', 'knowledge']), nextSteps: z.array(z.string()) })),
});
export type AnalysedJob = z.infer<typeof analysedJobSchema>;

const levelBySeniority: Record<Seniority, SkillLevel> = {
  intern: 'beginner',
  junior: 'beginner',
  mid: 'intermediate',
  senior: 'advanced',
  lead: 'advanced',
  principal: 'advanced',
  manager: 'advanced',
  director: 'advanced',
};

/** The level a posting's seniority asks of the skills it names; none when it does not say. */
export function levelForSeniority(seniority: Seniority | undefined): SkillLevel | null {
  return seniority ? levelBySeniority[seniority] : null;
}

const rank = (level: string | null | undefined) => (level ? skillLevels.indexOf(level as SkillLevel) : -1);

/**
 * The gaps across target postings: a skill is a gap when a posting asks for it and it is missing from the library, or
 * the library has it at a level below what the posting's seniority asks (an unknown level is not called a gap). Ranked
 * by priority = (postings asking + half the must-haves) × distance (1 when missing, the level steps short / 3 when below).
 */
export function rankSkillGaps(jobs: readonly AnalysedJob[], library: readonly { title: string; skillLevel: string | null }[]): SkillGap[] {
  const levels = new Map(library.map((skill) => [skill.title.toLowerCase(), skill.skillLevel]));
  type Tally = { skill: string; jobIds: Set<string>; required: number; kind: 'missing' | 'below'; asked: number; nextSteps: string[] };
  const tallies = new Map<string, Tally>();
  const tally = (skill: string, jobId: string, required: boolean, kind: Tally['kind'], asked: number, nextSteps: string[]) => {
    const key = skill.toLowerCase();
    const entry = tallies.get(key) ?? { skill, jobIds: new Set<string>(), required: 0, kind, asked: -1, nextSteps: [] };
    if (!entry.jobIds.has(jobId)) {
      entry.jobIds.add(jobId);
      if (required) entry.required += 1;
    }
    entry.asked = Math.max(entry.asked, asked);
    for (const step of nextSteps) if (entry.nextSteps.length < 3 && !entry.nextSteps.includes(step)) entry.nextSteps.push(step);
    tallies.set(key, entry);
  };
  for (const job of jobs) {
    const asked = rank(job.askedLevel);
    for (const gap of job.gaps) {
      if (levels.has(gap.skill.toLowerCase())) continue; // named differently by the reader, but in the library
      tally(gap.skill, job.id, gap.required, 'missing', asked, gap.nextSteps);
    }
    for (const match of job.matched) {
      const have = rank(levels.get(match.skill.toLowerCase()));
      if (have >= 0 && asked > have) tally(match.skill, job.id, match.required, 'below', asked, []);
    }
  }
  const gaps = [...tallies.values()].map((entry): SkillGap => {
    const yourLevel = levels.get(entry.skill.toLowerCase()) ?? null;
    const distance = entry.kind === 'missing' ? 1 : Math.round(((entry.asked - rank(yourLevel)) / 3) * 100) / 100;
    const jobCount = entry.jobIds.size;
    return {
      skill: entry.skill,
      jobCount,
      requiredCount: entry.required,
      status: entry.kind,
      yourLevel,
      askedLevel: entry.asked >= 0 ? skillLevels[entry.asked]! : null,
      distance,
      priority: Math.round((jobCount + entry.required / 2) * distance * 100) / 100,
      nextSteps: entry.nextSteps,
      jobIds: [...entry.jobIds],
    };
  });
  return gaps.sort((a, b) => b.priority - a.priority || b.jobCount - a.jobCount || a.skill.localeCompare(b.skill));
}
