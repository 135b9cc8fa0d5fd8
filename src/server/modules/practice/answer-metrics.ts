import { analyseText } from '#server/ai/offline/evaluation/analyse-text.ts';
import { countFillers, judgeLength, round } from '#server/ai/offline/evaluation/delivery.ts';
import type { AnswerMetrics } from '#shared/contracts/practice.ts';

/** Delivery measures of one answer; the per-minute rates need the spoken answer's duration. */
export function measureAnswer(text: string, durationMs?: number): AnswerMetrics {
  const analysed = analyseText(text);
  const words = analysed.words;
  const fillers = countFillers(text, words);
  const minutes = durationMs && durationMs > 0 ? durationMs / 60_000 : undefined;
  return {
    wordCount: words,
    characters: text.length,
    sentences: analysed.sentences.length,
    fillerCount: fillers.count,
    fillerWords: Object.fromEntries(fillers.top.map((entry) => [entry.word, entry.count])),
    fillersPer100Words: fillers.per100Words,
    lengthVerdict: judgeLength(words),
    ...(durationMs !== undefined ? { durationMs } : {}),
    ...(minutes ? { wordsPerMinute: round(words / minutes, 1), fillersPerMinute: round(fillers.count / minutes, 1) } : {}),
  };
}
