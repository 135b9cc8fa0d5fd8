import { z } from 'zod';
import type { LlmPrompt } from './task.ts';

/**
 * Appends the output's JSON Schema to the system prompt. Providers that enforce a response schema get it
 * twice; those that only take `json_object` (or none) get it once, which is what keeps small local models on track.
 */
export function withOutputSchema(schema: z.ZodType, prompt: LlmPrompt): LlmPrompt {
  return {
    system: `${prompt.system.trim()}\n\n${jsonInstructions}\n${describeSchema(schema)}`,
    prompt: prompt.prompt,
  };
}

const jsonInstructions = [
  'Answer with one JSON object and nothing else: no prose, no code fence.',
  'It must match this JSON Schema. Use only facts present in the input; leave optional fields out and arrays empty',
  'rather than inventing content.',
].join(' ');

/** Worked out on every LLM call (under a millisecond against the call's seconds), so nothing is cached process-wide. */
function describeSchema(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  delete json.$schema;
  return JSON.stringify(json);
}
