import { z } from 'zod';
import { createPersonalDataMasker, personalDetailsOf } from '#server/ai/offline/blind/mask-personal-data.ts';
import { matchResume } from '#server/ai/offline/match/match-resume.ts';
import type { MatchSettings } from '#server/ai/offline/match/match-types.ts';
import { defineTask, type OfflineContext } from '#server/ai/task.ts';
import { honesty, joinPrompt, jsonBlock } from '#server/ai/tasks/support/prompt-blocks.ts';
import type { JobSkill } from '#shared/ai/job.ts';
import { matchResultSchema, matchResumeInputSchema, type MatchResult, type MatchResumeInput } from '#shared/ai/match.ts';

/**
 * The score, its components, the recommendation and the matched, missing and additional skills are the matcher's, on
 * either engine: a configured key must not change anyone's score. The model adds judgement only: the explanation, and
 * the missing skills it believes the resume shows by an equivalent the taxonomy cannot see, named for the recruiter to
 * check and never counted.
 */
const llmMatchSchema = z.object({
  reasoning: z.array(z.string()).describe('3–6 sentences explaining the computed result, each citing the resume evidence (role, employer or line) it rests on'),
  possibleMatches: z
    .array(z.string())
    .describe('missing job skills (names exactly as listed) that the resume shows by a clear equivalent; empty if none'),
});

type Prepared = { input: MatchResumeInput; draft: MatchResult };

function settingsOf(input: MatchResumeInput, ctx: OfflineContext): MatchSettings {
  return { now: input.options?.now ?? ctx.now(), readJob: ctx.readMatchJob, ...(input.options?.blind ? { blind: true } : {}) };
}

function promptResume(input: MatchResumeInput): unknown {
  // Contact details never help a match; in blind mode the model does not see who the candidate is at all.
  const { basics, ...rest } = input.resume.resume;
  return input.options?.blind ? rest : { label: basics?.label, summary: basics?.summary, ...rest };
}

/** "QuickBooks or NetSuite" as the matcher reads it: showing either covers the requirement. */
function requirement(skill: JobSkill): string {
  return skill.alternatives?.length ? [skill.name, ...skill.alternatives].join(' or ') : skill.name;
}

function finishMatch(judged: z.infer<typeof llmMatchSchema>, { input, draft }: Prepared): MatchResult {
  const missing = [...draft.missing, ...draft.missingNiceToHave];
  const byLower = new Map(missing.map((name) => [name.toLowerCase(), name]));
  const possible = [...new Set(judged.possibleMatches.flatMap((name) => byLower.get(name.trim().toLowerCase()) ?? []))];
  const masker = input.options?.blind ? createPersonalDataMasker(personalDetailsOf(input.resume.resume, input.resume.entities)) : undefined;
  const reasoning = judged.reasoning.map((sentence) => sentence.trim()).filter(Boolean).map((sentence) => (masker ? masker(sentence) : sentence));
  const suggestion = possible.length > 0 ? [`The model reads ${possible.join(', ')} in the resume by equivalence; check before relying on it (not counted in the score).`] : [];
  return { ...draft, reasoning: [...(reasoning.length > 0 ? reasoning : draft.reasoning), ...suggestion] };
}

export const matchResumeTask = defineTask({
  name: 'matchResume',
  input: matchResumeInputSchema,
  output: matchResultSchema,
  offline: (input, ctx) => matchResume(input.resume, input.job, settingsOf(input, ctx)),
  llmInput: (input, ctx): Prepared => ({ input, draft: matchResume(input.resume, input.job, settingsOf(input, ctx)) }),
  prompt: ({ input, draft }) => ({
    system: [
      'You are a fair recruiter for any profession. The match below was computed from the resume and the job:',
      'its score, components and skill lists are final. Explain the result in 3–6 sentences that cite the resume evidence.',
      'If a missing skill is shown by a clear equivalent the computation could not see (a named framework shows its',
      'language; a duty shows the skill it needs), list it in possibleMatches; never list a skill the resume does not support.',
      'Judge only skills and experience: never name, guess or weigh the candidate\'s name, age, gender, origin or photo.',
      honesty,
    ].join(' '),
    prompt: joinPrompt(
      jsonBlock('job', {
        title: input.job.title,
        seniority: input.job.seniority,
        minYears: input.job.minYears,
        mustHave: input.job.mustHave.map(requirement),
        niceToHave: input.job.niceToHave.map(requirement),
        responsibilities: input.job.responsibilities,
      }),
      jsonBlock('resume', promptResume(input)),
      jsonBlock('computed', {
        score: draft.score,
        recommendation: draft.recommendation,
        components: draft.components.map(({ name, value, weight, detail }) => ({ name, value, weight, detail })),
        matched: draft.matched,
        missing: draft.missing,
        missingNiceToHave: draft.missingNiceToHave,
      }),
    ),
  }),
  llmOutput: llmMatchSchema,
  finishLlm: finishMatch,
});
