import { findAll, type Span } from './find-verbatim.ts';

/**
 * Turns names a model found ("text as written") into spans of the source: every whole-word occurrence,
 * longest first where two overlap. Names the source does not contain are dropped, never placed.
 */
export function placeMentions<T extends { text: string }>(source: string, mentions: readonly T[]): (T & Span)[] {
  const placed: (T & Span)[] = [];
  for (const mention of mentions) {
    for (const span of findAll(source, mention.text, { wholeWord: true })) placed.push({ ...mention, ...span });
  }
  placed.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: (T & Span)[] = [];
  for (const span of placed) {
    const last = kept.at(-1);
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}
