import { extractSkills } from '#server/ai/index.ts';
import type { Experience as ExtractedStory } from '#shared/ai/career.ts';
import type { StoryProposal } from '#shared/contracts/career-stories.ts';
import { numbersIn, userFigures, type StoryTurn } from './story-interviewer.ts';

const starParts = ['situation', 'task', 'action', 'result'] as const;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Words of four letters or more: what a title must take from the user's words, not add. */
const contentWords = (text: string) => text.toLowerCase().match(/[\p{L}][\p{L}'-]{3,}/gu) ?? [];

/**
 * The experience a conversation proposes, checked against everything the user wrote: a STAR part is kept only when
 * it is the user's own words and every number in it is one they gave; a skill only when they named it (or a spelling
 * of it); the title only when its words are theirs. Whatever the reader (offline or an LLM) added is dropped and named
 * in `leftOut`, so the user sees what was not kept.
 */
export function proposeStory(story: ExtractedStory, turns: readonly StoryTurn[], topic: string): StoryProposal {
  const userText = turns
    .filter((turn) => turn.role === 'user')
    .map((turn) => turn.content)
    .join('\n');
  const said = squash(`${topic}\n${userText}`);
  const saidNumbers = new Set(numbersIn(`${topic}\n${userText}`));
  const leftOut: string[] = [];
  const unsaidNumbers = (text: string) => numbersIn(text).filter((number) => !saidNumbers.has(number));

  // What the user answered when asked for a part: their own words for it when the reader found none.
  const answerTo = (part: (typeof starParts)[number]) => {
    const asked = turns.findLastIndex((turn) => turn.role === 'assistant' && turn.asks === part);
    return asked < 0 ? null : (turns.slice(asked + 1).find((turn) => turn.role === 'user')?.content ?? null);
  };
  const parts = Object.fromEntries(
    starParts.map((part) => {
      const value = story.star[part] ?? answerTo(part);
      if (!value) return [part, null];
      if (!said.includes(squash(value))) {
        leftOut.push(`The ${part} as the assistant wrote it, which are not your words.`);
        return [part, null];
      }
      const invented = unsaidNumbers(value);
      if (invented.length > 0) {
        leftOut.push(`The ${part}: it names ${invented.join(', ')}, which you did not say.`);
        return [part, null];
      }
      return [part, value.trim()];
    }),
  ) as Record<(typeof starParts)[number], string | null>;

  const userSkills = new Set(extractSkills(userText).map((mention) => mention.name.toLowerCase()));
  const skills: StoryProposal['skills'] = [];
  for (const skill of story.skills) {
    const named = said.includes(squash(skill.name)) || userSkills.has(skill.name.toLowerCase());
    if (!named) {
      leftOut.push(`The skill "${skill.name}": you did not name it.`);
      continue;
    }
    if (!skills.some((known) => known.name.toLowerCase() === skill.name.toLowerCase())) skills.push({ name: skill.name, quote: skill.quote });
  }

  const titleIsTheirs = contentWords(story.title).every((word) => said.includes(word)) && unsaidNumbers(story.title).length === 0;
  if (!titleIsTheirs) leftOut.push(`The title "${story.title}": it adds words you did not use.`);
  const title = (titleIsTheirs && story.title.trim()) || topic;

  const description = starParts
    .filter((part) => parts[part])
    .map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}: ${parts[part]}`)
    .join('\n');
  const numbers = userFigures(turns);
  return { title: title.slice(0, 300), ...parts, description, skills, numbers, leftOut };
}
