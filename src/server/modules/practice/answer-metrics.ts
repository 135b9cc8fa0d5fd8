import { measureText } from '#server/ai/index.ts';
import type { AnswerMetrics } from '#shared/contracts/practice.ts';
import type { TranscriptSource } from '#shared/vocabulary.ts';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** Delivery measures of one answer; the per-minute rates need the spoken answer's duration. */
export function measureAnswer(text: string, durationMs?: number): AnswerMetrics {
  const { words, sentences, fillers, length } = measureText(text);
  const minutes = durationMs && durationMs > 0 ? durationMs / 60_000 : undefined;
  return {
    wordCount: words,
    characters: text.length,
    sentences,
    fillerCount: fillers.count,
    fillerWords: Object.fromEntries(fillers.top.map((entry) => [entry.word, entry.count])),
    fillersPer100Words: fillers.per100Words,
    lengthVerdict: length,
    ...(durationMs !== undefined ? { durationMs } : {}),
    ...(minutes ? { wordsPerMinute: oneDecimal(words / minutes), fillersPerMinute: oneDecimal(fillers.count / minutes) } : {}),
  };
}

/** Typed, dictated through a speech-to-text provider, or dictated through the offline rough draft (estimated delivery). */
export function spokenSource(input: { audioKey?: string | undefined; roughDraft?: boolean | undefined }): TranscriptSource {
  if (!input.audioKey) return 'typed';
  return input.roughDraft ? 'stt_offline' : 'stt';
}
