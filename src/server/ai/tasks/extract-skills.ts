import { z } from 'zod';
import { extractSkillsInputSchema, extractSkillsOutputSchema, skillKindSchema } from '#shared/ai/skills.ts';
import { extractSkillSpans, extractSkills } from '#server/ai/offline/skills/extract-skills.ts';
import { defineTask } from '#server/ai/task.ts';
import { placeMentions } from './support/place-mentions.ts';
import { block, honesty } from './support/prompt-blocks.ts';

/** The model names skills as written; offsets are found in the text afterwards, never taken from the model. */
const llmSkillsSchema = z.object({
  skills: z.array(
    z.object({
      text: z.string().describe('the skill exactly as written in the text'),
      name: z.string().describe('canonical name, e.g. "JavaScript" for "JS", "Kubernetes" for "k8s"'),
      kind: skillKindSchema.describe('"skill" for abilities and soft skills, "knowledge" for tools, technologies, languages, domains'),
    }),
  ),
});

export const extractSkillsTask = defineTask({
  name: 'extractSkills',
  input: extractSkillsInputSchema,
  output: extractSkillsOutputSchema,
  offline: ({ text, phrases }) => ({ skills: phrases ? extractSkillSpans(text) : extractSkills(text) }),
  prompt: ({ text }) => ({
    system: [
      'You find the skills named in a text: abilities and soft skills (kind "skill") and tools, technologies,',
      'programming languages, methods and domains (kind "knowledge"), for any profession.',
      'Decide ambiguous words from context: "Go" the language vs the verb, "R", "C", "Excel" the tool vs "excel at",',
      '"Spring" the framework vs the season. List each distinct spelling once. Do not list job titles or company names.',
      honesty,
    ].join(' '),
    prompt: block('text', text),
  }),
  llmOutput: llmSkillsSchema,
  finishLlm: (output, { text }) => ({
    skills: placeMentions(text, output.skills).map((mention) => ({
      start: mention.start,
      end: mention.end,
      text: mention.text,
      name: mention.name,
      kind: mention.kind,
      source: 'llm' as const,
      confidence: 0.9,
    })),
  }),
});
