import { z } from 'zod';
import { matchResultSchema, matchResumeInputSchema, recommendFromScore, type MatchResult, type MatchResumeInput } from '#shared/ai/match.ts';
import { createPersonalDataMasker } from '../offline/match/mask-personal-data.ts';
import { matchResume } from '../offline/match/match-resume.ts';
import { defineTask } from '../task.ts';
import { honesty, joinPrompt, jsonBlock } from './support/prompt-blocks.ts';

/**
 * The model judges what a taxonomy cannot (that "built REST services in Spring Boot" shows Java, that a charge
 * nurse has led a team) and explains; the score stays the documented weighted sum of the same components.
 */
const llmMatchSchema = z.object({
  matched: z.array(z.string()).describe('names from the job skill lists that the resume shows, directly or by clear equivalent'),
  reasoning: z.array(z.string()).describe('3–6 sentences, each citing the resume evidence (role, employer or line) it rests on'),
});

type Prepared = { input: MatchResumeInput; draft: MatchResult };

function promptResume(input: MatchResumeInput): unknown {
  // Contact details never help a match; in blind mode the model does not see who the candidate is at all.
  const { basics, ...rest } = input.resume.resume;
  return input.options?.blind ? rest : { label: basics?.label, summary: basics?.summary, ...rest };
}

function coverage(names: readonly string[], matched: ReadonlySet<string>): number {
  return names.length === 0 ? 0 : names.filter((name) => matched.has(name)).length / names.length;
}

function finishMatch(judged: z.infer<typeof llmMatchSchema>, { input, draft }: Prepared): MatchResult {
  const mustNames = input.job.mustHave.map((skill) => skill.name);
  const niceNames = input.job.niceToHave.map((skill) => skill.name);
  const byLower = new Map([...mustNames, ...niceNames].map((name) => [name.toLowerCase(), name]));
  // The model may add matches the taxonomy missed, never remove ones the text shows.
  const matchedSet = new Set(draft.matched);
  for (const name of judged.matched) {
    const canonical = byLower.get(name.trim().toLowerCase());
    if (canonical) matchedSet.add(canonical);
  }
  const mustValue = coverage(mustNames, matchedSet);
  const niceValue = coverage(niceNames, matchedSet);
  const components = draft.components.map((component) => {
    if (component.name === 'mustHave') return { ...component, value: round3(mustValue), detail: `${Math.round(mustValue * 100)}% of must-have skills` };
    if (component.name === 'niceToHave') return { ...component, value: round3(niceValue), detail: `${Math.round(niceValue * 100)}% of nice-to-have skills` };
    return component;
  });
  const score = Math.max(0, Math.min(100, Math.round(components.reduce((sum, component) => sum + component.value * component.weight, 0) * 100)));
  const mask = input.options?.blind ? createPersonalDataMasker(input.resume) : (text: string) => text;
  const reasoning = judged.reasoning.map(mask);
  return {
    ...draft,
    score,
    recommendation: recommendFromScore(score),
    components,
    matched: [...mustNames, ...niceNames].filter((name, index, all) => matchedSet.has(name) && all.indexOf(name) === index),
    missing: mustNames.filter((name) => !matchedSet.has(name)),
    missingNiceToHave: niceNames.filter((name) => !matchedSet.has(name)),
    additional: draft.additional.filter((name) => !matchedSet.has(name)),
    reasoning: reasoning.length > 0 ? reasoning : draft.reasoning,
  };
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

export const matchResumeTask = defineTask({
  name: 'matchResume',
  input: matchResumeInputSchema,
  output: matchResultSchema,
  offline: ({ resume, job, options }) => matchResume(resume, job, options),
  llmInput: (input): Prepared => ({ input, draft: matchResume(input.resume, input.job, input.options) }),
  prompt: ({ input, draft }) => ({
    system: [
      'You are a fair technical recruiter for any profession. Decide which of the job\'s skills the resume shows,',
      'directly or by a clear equivalent (a named framework shows its language; a duty shows the skill it needs),',
      'and explain the fit in 3–6 sentences that cite the resume evidence. Judge only skills and experience:',
      'never name, guess or weigh the candidate\'s name, age, gender, origin or photo.',
      'The automatic draft below found some matches already; add those it missed, if any.',
      honesty,
    ].join(' '),
    prompt: joinPrompt(
      jsonBlock('job', {
        title: input.job.title,
        seniority: input.job.seniority,
        minYears: input.job.minYears,
        mustHave: input.job.mustHave.map((skill) => skill.name),
        niceToHave: input.job.niceToHave.map((skill) => skill.name),
        responsibilities: input.job.responsibilities,
      }),
      jsonBlock('resume', promptResume(input)),
      jsonBlock('draft', { matched: draft.matched, missing: draft.missing, missingNiceToHave: draft.missingNiceToHave }),
    ),
  }),
  llmOutput: llmMatchSchema,
  finishLlm: finishMatch,
});
