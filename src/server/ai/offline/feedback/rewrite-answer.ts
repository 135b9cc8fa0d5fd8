import { removeFillers } from '#server/ai/offline/evaluation/delivery.ts';
import { asksForStory, type Scored } from './find-improvements.ts';

export type Rewrite = { question: string; before: string; after: string; kind: 'rewrite' | 'structure' };

// What the candidate is asked where a part is missing: a question to them, never an invented fact.
const ask = {
  situation: '[Where were you, and what was at stake?]',
  task: '[What were you responsible for, or what needed to happen?]',
  action: '[What did you do yourself, step by step?]',
  result: '[What was the result: what changed because of what you did?]',
  mine: '[Which of these steps did you take yourself?]',
  figure: '[Can you put a number on it: how much, how many, how fast?]',
} as const;

const starLabel = /^\W*(situation|task|action|result)\s*[:\-–—]\s*/i;
const minimumWords = 25;

/**
 * The weakest answer to a story question retold as STAR from the candidate's own sentences (fillers and labels removed), in the order
 * situation, task, actions, result; every missing part is a question to the candidate. With too little to reorder (a
 * sentence or two, or no action and no result), it is a structure to fill, holding what little was said.
 */
export function rewriteWeakestAnswer(items: readonly Scored[]): Rewrite | null {
  // Only a story can be retold as STAR: an introduction or a "why this role?" is not rewritten.
  const candidates = items.filter((item) => item.answer.trim().length > 0 && asksForStory(item));
  if (candidates.length === 0) return null;
  const weakest = [...candidates].sort((a, b) => a.evaluation.overall - b.evaluation.overall || a.evaluation.starCoverage - b.evaluation.starCoverage)[0] as Scored;
  const { star, ownership, specificity } = weakest.evaluation;
  const sentences = weakest.answer.trim().split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim());
  const clean = (text: string): string => removeFillers(text.replace(starLabel, '')).replace(/^\w/, (letter) => letter.toUpperCase());
  const partOf = (sentence: string): keyof typeof star | null =>
    (['situation', 'task', 'action', 'result'] as const).find((part) => star[part] && (star[part] === sentence || star[part]?.includes(sentence) || sentence.includes(star[part]))) ?? null;
  const actionIndex = sentences.findIndex((sentence) => partOf(sentence) === 'action');
  const parts: Record<'situation' | 'task' | 'action' | 'result', string[]> = { situation: [], task: [], action: [], result: [] };
  sentences.forEach((sentence, index) => {
    const text = clean(sentence);
    if (text.split(/\s+/).length < 3) return;
    // Unclaimed sentences before the action set the scene; those after it continue the action, in the candidate's order.
    const part = partOf(sentence) ?? (actionIndex >= 0 && index < actionIndex ? 'situation' : 'action');
    parts[part].push(text);
  });
  const words = weakest.answer.trim().split(/\s+/).length;
  const kind = words < minimumWords || sentences.length < 2 || (!star.action && !star.result) ? 'structure' : 'rewrite';
  const line = (label: string, own: string[], question: string, extra = ''): string => `${label}: ${own.length > 0 ? own.join(' ') : question}${own.length > 0 && extra ? ` ${extra}` : ''}`;
  const lines = [
    line('Situation', parts.situation, ask.situation),
    line('Task', parts.task, ask.task),
    line('Action', parts.action, ask.action, ownership.we > ownership.i ? ask.mine : ''),
    line('Result', parts.result, ask.result, specificity.numbers.length === 0 ? ask.figure : ''),
  ];
  return { question: weakest.question, before: weakest.answer, after: lines.join('\n'), kind };
}
