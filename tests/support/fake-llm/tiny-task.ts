import { z } from 'zod';
import { defineTask } from '#server/ai/index.ts';

/** A task small enough to read in a test: counts words offline; an LLM answer is told apart by `source`. */
export const countWordsTask = defineTask({
  name: 'countWords',
  input: z.object({ text: z.string().min(1, 'must not be empty') }),
  output: z.object({ words: z.number().int().min(0), firstWord: z.string(), source: z.string().optional() }),
  offline: ({ text }) => {
    const words = text.split(/\s+/).filter(Boolean);
    return { words: words.length, firstWord: words[0] ?? '', source: 'offline' };
  },
  prompt: ({ text }) => ({ system: 'You count words.', prompt: `Count the words in:\n${text}` }),
});
