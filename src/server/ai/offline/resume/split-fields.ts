import { trimSpan, type TextLine } from './resume-lines.ts';

/** Strong field separators inside a resume line: pipes, bullets, spaced dashes, wide gaps, tabs. */
const separatorPattern = /\s*[|｜]\s*|\s+[·•▪●]\s+|\s*[－]\s*|\s+[–—-]\s+|\s{3,}|\t+|\s+@\s+/g;

/** Splits a span at the separators, keeping offsets; empty pieces are dropped. */
export function splitFields(span: TextLine, pattern: RegExp = separatorPattern): TextLine[] {
  const pieces: TextLine[] = [];
  let cursor = 0;
  for (const match of span.text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
    pieces.push({ text: span.text.slice(cursor, match.index), start: span.start + cursor, end: span.start + match.index });
    cursor = match.index + match[0].length;
  }
  pieces.push({ text: span.text.slice(cursor), start: span.start + cursor, end: span.end });
  return pieces.map((piece) => trimSpan(piece)).filter((piece) => piece.text !== '');
}

/** Removes a sub-span (e.g. a date range) from a span, returning what lies before and after it. */
export function cutSpan(span: TextLine, index: number, length: number): TextLine[] {
  const before = { text: span.text.slice(0, index), start: span.start, end: span.start + index };
  const after = { text: span.text.slice(index + length), start: span.start + index + length, end: span.end };
  return [before, after].map((piece) => trimSpan(piece, /[\s,;:|·•–—(){}[\]-]/)).filter((piece) => piece.text !== '');
}
