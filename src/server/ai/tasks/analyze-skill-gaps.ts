import { z } from 'zod';
import { analyzeSkillGapsInputSchema, skillGapAnalysisSchema, type AnalyzeSkillGapsInput, type SkillGapAnalysis } from '#shared/ai/career.ts';
import { analyzeSkillGaps } from '#server/ai/offline/career/analyze-skill-gaps.ts';
import { defineTask } from '#server/ai/task.ts';
import { honesty, joinPrompt, jsonBlock } from './support/prompt-blocks.ts';

/** Scores and gap counts are arithmetic on the parsed jobs; the model adds concrete next steps per gap. */
const llmStepsSchema = z.object({
  gaps: z.array(z.object({ skill: z.string(), nextSteps: z.array(z.string()).describe('2–3 concrete steps: a project, a course type, a certification, practice') })),
});

type Prepared = { input: AnalyzeSkillGapsInput; draft: SkillGapAnalysis };

const maxGapsForModel = 15;

export const analyzeSkillGapsTask = defineTask({
  name: 'analyzeSkillGaps',
  input: analyzeSkillGapsInputSchema,
  output: skillGapAnalysisSchema,
  offline: (input) => analyzeSkillGaps(input),
  llmInput: (input): Prepared => ({ input, draft: analyzeSkillGaps(input) }),
  prompt: ({ input, draft }) => ({
    system: [
      'You are a career coach. For each skill gap listed, give 2–3 concrete next steps for this person to close it,',
      'building on skills they already have (a small project that uses it, the kind of course or certification, how to show it on a resume).',
      'Keep the skill names exactly as given. Do not name specific paid products or prices.',
      honesty,
    ].join(' '),
    prompt: joinPrompt(
      jsonBlock('current_skills', input.profileSkills),
      jsonBlock('target_jobs', draft.jobs.map((job) => job.title).filter(Boolean)),
      jsonBlock(
        'gaps',
        draft.gaps.slice(0, maxGapsForModel).map((gap) => ({ skill: gap.skill, neededBy: gap.jobCount, requiredBy: gap.requiredCount })),
      ),
    ),
  }),
  llmOutput: llmStepsSchema,
  finishLlm: ({ gaps }, { draft }) => {
    const steps = new Map(gaps.map((gap) => [gap.skill.trim().toLowerCase(), gap.nextSteps.filter((step) => step.trim())]));
    return {
      ...draft,
      gaps: draft.gaps.map((gap) => {
        const written = steps.get(gap.skill.toLowerCase());
        return written && written.length > 0 ? { ...gap, nextSteps: written } : gap;
      }),
    };
  },
});
