import { z } from 'zod';
import { parseJobInputSchema, parsedJobSchema, senioritySchema, workModeSchema, type JobSkill } from '#shared/ai/job.ts';
import { skillKindSchema } from '#shared/ai/skills.ts';
import { parseJob } from '#server/ai/offline/job/parse-job.ts';
import { defineTask } from '#server/ai/task.ts';
import { findFirst } from './support/find-verbatim.ts';
import { block, honesty } from './support/prompt-blocks.ts';

const llmJobSkill = z.object({
  name: z.string().describe('canonical skill name'),
  kind: skillKindSchema,
  text: z.string().describe('the skill exactly as written in the job text'),
  alternatives: z.array(z.string()).optional().describe('other skills that meet the same requirement ("an ERP such as NetSuite or SAP": ERP with NetSuite, SAP)'),
});

const llmJobSchema = parsedJobSchema.extend({ mustHave: z.array(llmJobSkill), niceToHave: z.array(llmJobSkill) });

/** Places each skill at its first whole-word occurrence in the job text; a skill the text does not name is dropped. */
function placeSkills(text: string, skills: readonly z.infer<typeof llmJobSkill>[], seen: Set<string>): JobSkill[] {
  const placed: JobSkill[] = [];
  for (const skill of skills) {
    const key = skill.name.toLowerCase();
    const span = findFirst(text, skill.text, { wholeWord: true }) ?? findFirst(text, skill.name, { wholeWord: true });
    if (!span || seen.has(key)) continue;
    seen.add(key);
    const alternatives = (skill.alternatives ?? []).filter((name) => name.trim() && name.toLowerCase() !== key);
    placed.push({ name: skill.name, kind: skill.kind, start: span.start, end: span.end, text: span.text, ...(alternatives.length > 0 ? { alternatives } : {}) });
  }
  return placed;
}

export const parseJobTask = defineTask({
  name: 'parseJob',
  input: parseJobInputSchema,
  output: parsedJobSchema,
  offline: ({ text }) => parseJob(text),
  prompt: ({ text }) => ({
    system: [
      'You read job descriptions for any profession (software, nursing, sales, trades, finance, teaching…).',
      'Extract the job title without company or location; seniority (one of',
      `${senioritySchema.options.join(', ')}) only when the title or text states or clearly implies it;`,
      'minYears: the least years of experience asked for ("3+ years" → 3, "at least five years" → 5);',
      'mustHave: skills the text requires (under Requirements/Qualifications, or phrased must/required/essential), not the duties',
      'and not soft skills (communication, mentoring) unless stated as required; skills named as alternatives are one',
      'requirement (the first, with the others as alternatives);',
      'niceToHave: skills phrased as preferred, a plus, bonus, desirable, nice to have; a skill is in one list only;',
      'skills mentioned only under "About us" or "Benefits" are not requirements;',
      'responsibilities: the duties, one per item, as written; degree: the degree asked for, as written;',
      `location as written; workMode (${workModeSchema.options.join(', ')}) only when stated.`,
      honesty,
    ].join(' '),
    prompt: block('job_description', text),
  }),
  llmOutput: llmJobSchema,
  finishLlm: (output, { text }) => {
    const seen = new Set<string>();
    const mustHave = placeSkills(text, output.mustHave, seen);
    const niceToHave = placeSkills(text, output.niceToHave, seen);
    return { ...output, mustHave, niceToHave };
  },
});
