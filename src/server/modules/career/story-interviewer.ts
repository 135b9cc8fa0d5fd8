import type { StoryStep } from '#shared/contracts/career-stories.ts';

/** One turn of a story conversation as the interviewer sees it. */
export type StoryTurn = { role: 'user' | 'assistant' | 'system'; content: string; asks: StoryStep | null };
export type StarFound = Record<'situation' | 'task' | 'action' | 'result', boolean>;

const starOrder = ['situation', 'task', 'action', 'result'] as const;
const maxAsksPerStep = 2;

/**
 * Figures as people say them: "40%", "$2,000", "3 weeks", "12 people". Years on their own ("2021") are dates, not
 * figures to confirm.
 */
const figurePattern = /(?:[$€£]\s?)?\d+(?:[.,]\d+)*(?:\s?(?:%|percent|k\b|m\b|million|thousand|hours?|days?|weeks?|months?|years?|minutes?|people|users|customers|engineers|tickets|clients|students|patients|staff))?/gi;

export function findFigures(text: string): string[] {
  const figures: string[] = [];
  for (const match of text.matchAll(figurePattern)) {
    const figure = match[0].trim();
    if (/^(19|20)\d\d$/.test(figure)) continue;
    if (!figures.some((known) => known.toLowerCase() === figure.toLowerCase())) figures.push(figure);
  }
  return figures;
}

/** The digits of every number in a text ("2,000" and "2000" are the same number). */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((match) => match[0].replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
}

const affirmative = /^\s*(yes|yep|yeah|correct|right|that'?s (right|correct)|exactly|confirmed?|sure|ok(ay)?)\b/i;

function userReplyTo(turns: readonly StoryTurn[], index: number): StoryTurn | undefined {
  return turns.slice(index + 1).find((turn) => turn.role === 'user');
}

/** The figures the user gave, the latest correction winning: every figure of their messages, in order. */
export function userFigures(turns: readonly StoryTurn[]): string[] {
  return findFigures(
    turns
      .filter((turn) => turn.role === 'user')
      .map((turn) => turn.content)
      .join('\n'),
  );
}

/**
 * The scripted interviewer: what to ask next, one thing at a time. A STAR part counts as told when the story reader
 * found it or the user answered the question about it; each is asked at most twice. Then a figure is asked for once,
 * and the figures given are read back for the user to confirm (once more after a correction).
 */
export function nextStoryStep(turns: readonly StoryTurn[], found: StarFound): StoryStep {
  const asked = (step: StoryStep) => turns.filter((turn) => turn.role === 'assistant' && turn.asks === step).length;
  const answered = (step: StoryStep) =>
    turns.some((turn, index) => turn.role === 'assistant' && turn.asks === step && (userReplyTo(turns, index)?.content.trim().split(/\s+/).length ?? 0) >= 3);
  for (const part of starOrder) {
    if (!found[part] && !answered(part) && asked(part) < maxAsksPerStep) return part;
  }
  const figures = userFigures(turns);
  if (figures.length === 0) return asked('number') === 0 ? 'number' : 'done';
  const confirmIndex = turns.findLastIndex((turn) => turn.role === 'assistant' && turn.asks === 'confirm');
  if (confirmIndex < 0) return 'confirm';
  const reply = userReplyTo(turns, confirmIndex);
  if (!reply || affirmative.test(reply.content) || findFigures(reply.content).length === 0) return 'done';
  return asked('confirm') < maxAsksPerStep ? 'confirm' : 'done';
}

/** The scripted words for a step: what the offline engine says, and what an LLM falls back to. */
export function scriptedQuestion(step: StoryStep, context: { topic: string; figures: string[] }): string {
  switch (step) {
    case 'situation':
      return `Let's turn "${context.topic}" into a story. Where were you, and what was going on at the time?`;
    case 'task':
      return 'What were you responsible for there — what needed to be achieved?';
    case 'action':
      return 'What did you do yourself, step by step?';
    case 'result':
      return 'How did it turn out? What changed because of what you did?';
    case 'number':
      return 'Can you put a number on the result — time saved, money, a percentage, people? If there is none, just say so.';
    case 'confirm':
      return `To be sure I have your figures right: ${context.figures.join(', ')}. Are these correct? If not, tell me the right ones.`;
    case 'done':
      return 'Thank you — that is a complete story. Below is the experience I would save, in your own words; edit anything, then save it to your library.';
  }
}

/** What an LLM is asked to find out at each step (it only phrases the question; the script decides what to ask). */
export const stepGoals: Record<StoryStep, string> = {
  situation: 'the situation: where and when this happened and what was going on',
  task: 'the task: what the user was responsible for or what needed to be achieved',
  action: 'the actions: what the user did themselves, step by step',
  result: 'the result: how it turned out and what changed because of the user',
  number: 'a number for the result (time, money, percentage, people), saying that "none" is a fine answer',
  confirm: 'confirmation of the figures',
  done: 'nothing: the story is complete',
};
