import type { Evidence } from '#shared/contracts/hiring.ts';

/** A run of the CV text; `skill` is set on the runs that are evidence of a matched skill. */
export type TextSegment = { text: string; skill?: string };

/**
 * Cuts the CV text at the evidence offsets so each piece of evidence can be highlighted where it was found. Spans
 * outside the text or overlapping an earlier span are left out.
 */
export function splitByEvidence(text: string, evidence: readonly Evidence[]): TextSegment[] {
  const spans = evidence.filter((item) => item.start < item.end && item.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
    segments.push({ text: text.slice(span.start, span.end), skill: span.skill });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
