import type { TextLine } from './resume-lines.ts';
import { findDateRanges } from './find-dates.ts';

export type Found = { text: string; start: number; end: number };

// The lookbehind starts a match only where a run of address characters starts: without it a long run with no `@`
// is scanned again from each of its characters (quadratic; a 5 MB name held a batch for minutes).
const emailPattern = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const urlPattern = /\b(?:https?:\/\/[^\s|,;()<>]+|www\.[^\s|,;()<>]+|(?:linkedin\.com|github\.com|gitlab\.com|behance\.net|dribbble\.com|twitter\.com|x\.com)\/[^\s|,;()<>]+)/gi;
const phonePattern = /(?<![\w@/.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{2,5}){1,5}(?![\w/-])/g;

function collect(line: TextLine, pattern: RegExp, accept: (text: string) => boolean): Found[] {
  const found: Found[] = [];
  for (const match of line.text.matchAll(pattern)) {
    const text = match[0].replace(/[.,;:)]+$/, '');
    if (accept(text)) found.push({ text, start: line.start + match.index, end: line.start + match.index + text.length });
  }
  return found;
}

export function findEmails(line: TextLine): Found[] {
  return collect(line, emailPattern, () => true);
}

export function findUrls(line: TextLine): Found[] {
  return collect(line, urlPattern, (text) => !text.includes('@'));
}

/** Phone numbers have 7-15 digits in groups; a year range ("2019-2021") or a number in prose is not one. */
export function findPhones(line: TextLine): Found[] {
  return collect(line, phonePattern, (text) => {
    const digits = text.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15) return false;
    if (findDateRanges(text).length > 0) return false;
    // Prose numbers ("12,000 requests", "3 billion") lack the separators of a dialled number.
    return /[\s.()-]/.test(text) || text.startsWith('+') || digits >= 10;
  });
}
