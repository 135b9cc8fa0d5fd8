/**
 * Models paraphrase when asked to quote. These helpers keep only what the source really says: a quote is kept
 * when it occurs in the source (ignoring case and runs of whitespace) and is then replaced by the source's own
 * spelling, so every quote Parley shows is verbatim.
 */

export type Span = { start: number; end: number; text: string };

/** Every occurrence of `needle` in `source`, whitespace- and case-insensitive, as spans of the source. */
export function findAll(source: string, needle: string, options: { wholeWord?: boolean } = {}): Span[] {
  const trimmed = needle.trim();
  if (!trimmed) return [];
  const pattern = trimmed
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  // Word boundaries only where the needle starts/ends with a word character ("C++", ".NET" keep their symbols).
  const before = options.wholeWord && /^\w/.test(trimmed) ? '(?<![\\w])' : '';
  const after = options.wholeWord && /\w$/.test(trimmed) ? '(?![\\w])' : '';
  const regex = new RegExp(`${before}${pattern}${after}`, 'giu');
  const spans: Span[] = [];
  for (const match of source.matchAll(regex)) {
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return spans;
}

/** The first occurrence at or after `from`, else the first anywhere. */
export function findFirst(source: string, needle: string, options: { wholeWord?: boolean; from?: number } = {}): Span | undefined {
  const spans = findAll(source, needle, options);
  return spans.find((span) => span.start >= (options.from ?? 0)) ?? spans[0];
}

/** The source's own words for a quote, or null when the source does not say it. Surrounding quote marks are ignored. */
export function verbatim(source: string, quote: string | null | undefined): string | null {
  if (!quote) return null;
  const cleaned = quote.trim().replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/g, '').replace(/(\.\.\.|…)$/, '').trim();
  if (cleaned.length < 2) return null;
  return findFirst(source, cleaned)?.text ?? null;
}
