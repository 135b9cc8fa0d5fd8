import { removeFillers } from '#server/ai/offline/evaluation/delivery.ts';
import type { Scored } from './find-improvements.ts';

/**
 * The weakest answer restructured as STAR using only the candidate's own sentences (fillers removed); every missing part
 * is a bracketed placeholder for the candidate to fill in, never an invented fact.
 */
export function rewriteWeakestAnswer(items: readonly Scored[]): { question: string; before: string; after: string } | null {
  const candidates = items.filter((item) => item.answer.trim().length > 0);
  if (candidates.length === 0) return null;
  const weakest = [...candidates].sort((a, b) => a.evaluation.overall - b.evaluation.overall || a.evaluation.starCoverage - b.evaluation.starCoverage)[0] as Scored;
  const { star, ownership, specificity } = weakest.evaluation;
  const used = new Set([star.situation, star.task, star.action, star.result].filter(Boolean));
  const sentences = weakest.answer.trim().split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim());
  const isUnused = (sentence: string): boolean => !used.has(sentence) && ![...used].some((quote) => quote?.includes(sentence));
  const actionIndex = star.action ? sentences.findIndex((sentence) => star.action?.includes(sentence) || sentence.includes(star.action ?? '')) : -1;
  // Unclaimed sentences before the action set the scene; the ones after it continue the action, in the candidate's order.
  const before = sentences.filter((sentence, index) => isUnused(sentence) && actionIndex >= 0 && index < actionIndex);
  const after = sentences.filter((sentence, index) => isUnused(sentence) && (actionIndex < 0 || index > actionIndex));
  const clean = (text: string | null): string | null => (text ? removeFillers(text) : null);
  const situation = clean(star.situation) ?? (before.length > 0 && !star.situation ? before.map(removeFillers).join(' ') : null);
  const actionParts = [...(star.situation ? before : []).map(clean), clean(star.action), ...after.map(clean)].filter((text): text is string => Boolean(text && text.length > 3));
  const lines = [
    `Situation: ${situation ?? '[Set the scene in one sentence: where you were, when, and what was at stake.]'}`,
    `Task: ${clean(star.task) ?? '[Say what you were responsible for or what needed to happen.]'}`,
    `Action: ${actionParts.length > 0 ? actionParts.join(' ') : '[Describe what you did yourself, step by step.]'}${ownership.we > ownership.i ? ' [Say which of these steps you took yourself, using "I".]' : ''}`,
    `Result: ${clean(star.result) ?? '[Add the result, e.g. a number: time saved, % improvement, or feedback received.]'}${star.result && specificity.numbers.length === 0 ? ' [Add a number if you can, e.g. how much faster or how many people.]' : ''}`,
  ];
  return { question: weakest.question, before: weakest.answer, after: lines.join('\n') };
}
