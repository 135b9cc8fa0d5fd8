import type { TextLine } from './resume-lines.ts';
import { stripBullet } from './resume-lines.ts';
import { trimSpan } from './resume-lines.ts';

/** Items of a list section: bullets, lines, or comma / semicolon / bullet separated runs; offsets kept. */
export function splitListItems(lines: TextLine[], separators = /\s*[,;•·▪|]\s*|\s{3,}|\s+\/\s+/g): TextLine[] {
  const items: TextLine[] = [];
  for (const raw of lines) {
    if (raw.text === '') continue;
    const line = stripBullet(raw);
    let cursor = 0;
    const push = (from: number, to: number) => {
      const span = trimSpan({ text: line.text.slice(from, to), start: line.start + from, end: line.start + to }, /[\s.,;:|·•]/);
      if (span.text !== '') items.push(span);
    };
    // Commas inside parentheses ("Excel (VLOOKUP, pivot tables)") do not split.
    let depth = 0;
    const pattern = new RegExp(separators.source, 'g');
    for (const match of line.text.matchAll(pattern)) {
      depth = (line.text.slice(0, match.index).match(/\(/g)?.length ?? 0) - (line.text.slice(0, match.index).match(/\)/g)?.length ?? 0);
      if (depth > 0) continue;
      push(cursor, match.index);
      cursor = match.index + match[0].length;
    }
    push(cursor, line.text.length);
  }
  return items;
}
