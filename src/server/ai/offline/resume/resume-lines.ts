/** A line of the resume text with its offsets; `text` is `source.slice(start, end)` with newlines turned into spaces. */
export type TextLine = { text: string; start: number; end: number };

const bulletPattern = /^\s*(?:[•·▪●◦‣∙○■□➢►▶✓✔❖*+]|[-–—](?=\s)|o(?=\s{1,3}[A-Z]))\s*/;

export function splitLines(source: string, from = 0, to = source.length): TextLine[] {
  const lines: TextLine[] = [];
  let start = from;
  while (start <= to) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 || newline > to ? to : newline;
    const raw = source.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') lines.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    else lines.push({ text: '', start, end: start });
    if (end >= to) break;
    start = end + 1;
  }
  return lines;
}

export function isBullet(text: string): boolean {
  return bulletPattern.test(text);
}

/** The line without its bullet marker, with offsets moved past the marker. */
export function stripBullet(line: TextLine): TextLine {
  const match = bulletPattern.exec(line.text);
  if (!match) return line;
  const cut = match[0].length;
  return { text: line.text.slice(cut), start: line.start + cut, end: line.end };
}

/** A sub-span of a line, located by text; null when the line does not contain it. */
export function spanWithin(line: TextLine, part: string, fromIndex = 0): TextLine | null {
  const index = line.text.indexOf(part, fromIndex);
  if (index === -1 || part === '') return null;
  return { text: part, start: line.start + index, end: line.start + index + part.length };
}

/** Trims whitespace and the given edge characters from a span, keeping offsets right. */
export function trimSpan(span: TextLine, edges = /[\s,;:|·•–—-]/): TextLine {
  let { start, end } = span;
  let text = span.text;
  while (text.length > 0 && edges.test(text[0] ?? '')) {
    text = text.slice(1);
    start += 1;
  }
  while (text.length > 0 && edges.test(text[text.length - 1] ?? '')) {
    text = text.slice(0, -1);
    end -= 1;
  }
  return { text, start, end };
}

/**
 * Joins lines a PDF wrapped: a line continues the previous one when that one is a bullet or a long line without
 * closing punctuation, and this one is not a bullet, heading or new entry (it starts in lower case, or the
 * previous line filled the measure). In lists (one item a line) only a trailing comma or ampersand continues a line.
 */
export function joinWrappedLines(lines: TextLine[], source: string, isBoundary: (line: TextLine) => boolean, mode: 'prose' | 'list' = 'prose'): TextLine[] {
  const widest = lines.reduce((max, line) => Math.max(max, line.text.length), 40);
  // Index of the next non-blank line after each line, computed once (long inputs have many thousands of lines).
  const nextIndex = new Array<number>(lines.length).fill(-1);
  for (let index = lines.length - 2, next = -1; index >= 0; index -= 1) {
    if (lines[index + 1]?.text !== '') next = index + 1;
    nextIndex[index] = next;
  }
  const out: TextLine[] = [];
  let previousWasBullet = false;
  for (const [index, line] of lines.entries()) {
    const previous = out[out.length - 1];
    const next = lines[nextIndex[index] ?? -1];
    if (line.text === '') {
      out.push(line);
      previousWasBullet = false;
      continue;
    }
    const canContinue =
      previous !== undefined &&
      previous.text !== '' &&
      !isBullet(line.text) &&
      !isBoundary(line) &&
      !/[.!?:]$/.test(previous.text) &&
      (mode === 'list'
        ? /[,&/]$/.test(previous.text)
        : /^[a-z(&]/.test(line.text) ||
          /[,&/-]$|\b(?:and|or|of|the|to|in|for|with|a)$/.test(previous.text) ||
          (previousWasBullet && previous.text.length >= widest * 0.8 && !/\s[|—–·@]\s|\sat\s|\S {3}\S/.test(line.text) && !(next && isBoundary(next))));
    if (canContinue) {
      out[out.length - 1] = { text: source.slice(previous.start, line.end).replace(/\s*\n\s*/g, (gap) => ' '.padEnd(gap.length, ' ')), start: previous.start, end: line.end };
    } else {
      out.push(line);
      previousWasBullet = isBullet(line.text);
    }
  }
  return out;
}
