import { extractExperience } from '#server/ai/offline/career/extract-experience.ts';
import { defineTask } from '#server/ai/task.ts';
import { verbatim } from '#server/ai/tasks/support/find-verbatim.ts';
import { honesty, jsonBlock } from '#server/ai/tasks/support/prompt-blocks.ts';
import { experienceSchema, extractExperienceInputSchema, type ConversationMessage, type Experience } from '#shared/ai/career.ts';

type Prepared = { messages: ConversationMessage[]; userWords: string };

function finishExperience(story: Experience, { userWords }: Prepared): Experience {
  const quoted = <T extends { quote: string }>(items: readonly T[]) =>
    items.flatMap((item) => {
      const quote = verbatim(userWords, item.quote);
      return quote ? [{ ...item, quote }] : [];
    });
  return {
    ...story,
    star: {
      situation: verbatim(userWords, story.star.situation),
      task: verbatim(userWords, story.star.task),
      action: verbatim(userWords, story.star.action),
      result: verbatim(userWords, story.star.result),
    },
    bullets: story.bullets.flatMap((bullet) => {
      const source = verbatim(userWords, bullet.source);
      return source ? [{ ...bullet, source }] : [];
    }),
    skills: quoted(story.skills),
    timeline: quoted(story.timeline),
  };
}

export const extractExperienceTask = defineTask({
  name: 'extractExperience',
  input: extractExperienceInputSchema,
  output: experienceSchema,
  offline: (input, ctx) => extractExperience(input, ctx.analyseText),
  llmInput: ({ messages }): Prepared => ({
    messages,
    userWords: messages.filter((message) => message.role === 'user').map((message) => message.content).join('\n\n'),
  }),
  prompt: ({ messages }) => ({
    system: [
      'You turn a career conversation into one experience story, using only what the user said.',
      'title: a short name for the story. star: situation, task, action, result — each copied verbatim from the user\'s words,',
      'or null when never said. bullets: 1–4 resume bullets (action verb + what + result), each with the verbatim',
      'user sentence it came from as source; do not add numbers the user did not give.',
      'skills: skills shown, kind "skill" (abilities) or "knowledge" (tools, technologies, domains), each with a verbatim quote.',
      'timeline: dates or durations mentioned, with quotes. missing: 1–4 questions that would complete the story.',
      honesty,
    ].join(' '),
    prompt: jsonBlock('conversation', messages.filter((message) => message.role !== 'system')),
  }),
  finishLlm: finishExperience,
});
