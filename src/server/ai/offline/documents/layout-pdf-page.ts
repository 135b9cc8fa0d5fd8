import type { DocumentLine } from './document-types.ts';

export type PdfTextItem = { text: string; x: number; y: number; width: number; fontSize: number };

type Row = { y: number; fontSize: number; items: PdfTextItem[] };

export type PdfPageLayout = { lines: DocumentLine[]; columns: 1 | 2 };

/** Items whose baselines are this close (relative to the font size) share a visual line. */
const rowTolerance = 0.45;

function groupRows(items: PdfTextItem[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const item of sorted) {
    const row = rows.find((candidate) => Math.abs(candidate.y - item.y) <= Math.max(2, rowTolerance * Math.max(candidate.fontSize, item.fontSize)));
    if (row) {
      row.items.push(item);
      row.fontSize = Math.max(row.fontSize, item.fontSize);
    } else {
      rows.push({ y: item.y, fontSize: item.fontSize, items: [item] });
    }
  }
  for (const row of rows) row.items.sort((a, b) => a.x - b.x);
  return rows.sort((a, b) => b.y - a.y);
}

/** Joins a row's items; a wide horizontal gap (tab stop, right-aligned date) becomes three spaces, which parsers read as a field break. */
function joinRow(row: Row): string {
  let text = '';
  let previousEnd: number | null = null;
  for (const item of row.items) {
    if (previousEnd !== null) {
      const gap = item.x - previousEnd;
      if (gap > item.fontSize * 1.5) text = `${text.trimEnd()}   `;
      else if (gap > item.fontSize * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    }
    text += item.text;
    previousEnd = item.x + item.width;
  }
  return text.replace(/\s+$/, '');
}

function medianFontSize(items: PdfTextItem[]): number {
  const sizes = items.flatMap((item) => Array<number>(Math.min(item.text.length, 200)).fill(item.fontSize)).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 10;
}

/**
 * A two-column page has a vertical band that (almost) no text crosses, with a fair share of the text on each side.
 * A one-column page with right-aligned dates fails the share test: the right side holds only the dates.
 */
export function findGutter(items: PdfTextItem[], pageWidth: number): number | null {
  const totalChars = items.reduce((sum, item) => sum + item.text.length, 0);
  if (items.length < 10 || totalChars === 0) return null;
  let best: { start: number; end: number } | null = null;
  let run: { start: number; end: number } | null = null;
  for (let x = pageWidth * 0.2; x <= pageWidth * 0.8; x += 2) {
    const straddling = items.filter((item) => item.x < x - 1 && item.x + item.width > x + 1);
    const leftChars = items.filter((item) => item.x + item.width <= x).reduce((sum, item) => sum + item.text.length, 0);
    const rightChars = items.filter((item) => item.x >= x).reduce((sum, item) => sum + item.text.length, 0);
    const valid = straddling.length <= Math.max(1, items.length * 0.03) && leftChars / totalChars >= 0.15 && rightChars / totalChars >= 0.15;
    if (valid) {
      run = run ? { start: run.start, end: x } : { start: x, end: x };
      if (!best || run.end - run.start > best.end - best.start) best = { ...run };
    } else {
      run = null;
    }
  }
  if (!best || best.end - best.start < 6) return null;
  const gutter = (best.start + best.end) / 2;
  const leftRows = new Set(items.filter((item) => item.x + item.width <= gutter).map((item) => Math.round(item.y)));
  const rightRows = new Set(items.filter((item) => item.x >= gutter).map((item) => Math.round(item.y)));
  return leftRows.size >= 5 && rightRows.size >= 5 ? gutter : null;
}

function rowRight(row: Row): number {
  const last = row.items[row.items.length - 1];
  return last ? last.x + last.width : 0;
}

/** Roughly how wide the next row's first word is: had it fitted on the row above, the layout would have put it there. */
function firstWordWidth(row: Row): number {
  const first = row.items[0];
  if (!first || first.text.length === 0) return 0;
  const word = /^\s*\S+/.exec(first.text)?.[0] ?? '';
  return (first.width * (word.length + 1)) / first.text.length;
}

const bulletGlyph = /^[•·▪●◦‣∙○■□➢►▶✓✔❖*+-]/;

/**
 * A row that reaches the column's right edge and is followed, at the same size and indent or deeper, by a row
 * that does not start a bullet, was wrapped by the layout: together they are one line of the document.
 */
function groupWrappedRows(rows: Row[], pageWidth: number): Row[][] {
  const right = Math.max(0, ...rows.map(rowRight));
  const left = Math.min(...rows.map((row) => row.items[0]?.x ?? 0));
  // In a narrow sidebar a short list item followed by a long one looks like a wrap; leave those lines alone.
  if (right - left < pageWidth * 0.4) return rows.map((row) => [row]);
  const slack = Math.max(4, (right - left) * 0.02);
  const groups: Row[][] = [];
  for (const row of rows) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    const textStart = group?.[0]?.items.find((item) => !bulletGlyph.test(item.text.trim()) || item.text.trim().length > 1)?.x ?? 0;
    const wraps =
      previous !== undefined &&
      rowRight(previous) + firstWordWidth(row) >= right - slack &&
      !/\S {3}\S|\s[|·•]\s|[.:;!?]$/.test(joinRow(previous)) &&
      !/^(?:https?:|www\.|\S+@)/.test(row.items[0]?.text.trim() ?? '') &&
      Math.abs(previous.fontSize - row.fontSize) < 0.6 &&
      previous.y - row.y <= row.fontSize * 1.6 &&
      (row.items[0]?.x ?? 0) >= textStart - 2 &&
      !bulletGlyph.test(row.items[0]?.text.trim() ?? '');
    if (wraps && group) group.push(row);
    else groups.push([row]);
  }
  return groups;
}

function rowsToLines(rows: Row[], bodySize: number, page: number, pageWidth: number): DocumentLine[] {
  const lines: DocumentLine[] = [];
  let previous: Row | null = null;
  for (const group of groupWrappedRows(rows, pageWidth)) {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) continue;
    // A vertical gap well beyond normal line spacing separates blocks (entries, sections).
    if (previous && previous.y - first.y > Math.max(previous.fontSize, first.fontSize) * 1.9) lines.push({ text: '', page });
    const text = group.map(joinRow).join(' ');
    if (text.trim() !== '') {
      lines.push({ text, page, fontSize: Math.round(first.fontSize * 10) / 10, heading: first.fontSize >= bodySize * 1.18 });
      previous = last;
    }
  }
  return lines;
}

/**
 * The name block (the page's largest type, at the top of a column) is read first even when it heads the right
 * column beside a sidebar; otherwise the sidebar's contact lines would come before the person's name.
 */
function takeTitleRows(rows: Row[], otherRows: Row[], bodySize: number): Row[] {
  const first = rows[0];
  const otherMax = Math.max(0, ...otherRows.map((row) => row.fontSize));
  if (!first || first.fontSize < bodySize * 1.4 || first.fontSize <= otherMax) return [];
  const taken = [first];
  const second = rows[1];
  if (second && second.fontSize >= bodySize * 1.2 && first.y - second.y < first.fontSize * 2.5) taken.push(second);
  rows.splice(0, taken.length);
  return taken;
}

/** Rebuilds reading order for one page: rows by position; for two columns, full-width rows above, then left, then right, then the rest. */
export function layoutPdfPage(rawItems: PdfTextItem[], pageWidth: number, page: number): PdfPageLayout {
  const items = rawItems.filter((item) => item.text.trim() !== '');
  const bodySize = medianFontSize(items);
  const gutter = findGutter(items, pageWidth);
  if (gutter === null) return { lines: rowsToLines(groupRows(items), bodySize, page, pageWidth), columns: 1 };

  const left = items.filter((item) => item.x + item.width <= gutter);
  const right = items.filter((item) => item.x >= gutter);
  const full = items.filter((item) => !left.includes(item) && !right.includes(item));
  const columnTop = Math.max(...[...left, ...right].map((item) => item.y));
  const above = full.filter((item) => item.y > columnTop);
  const below = full.filter((item) => item.y <= columnTop);
  const leftRows = groupRows(left);
  const rightRows = groupRows(right);
  const title = [...takeTitleRows(rightRows, leftRows, bodySize), ...takeTitleRows(leftRows, rightRows, bodySize)];
  const lines = [
    ...rowsToLines([...groupRows(above), ...title], bodySize, page, pageWidth),
    { text: '', page },
    ...rowsToLines(leftRows, bodySize, page, pageWidth),
    { text: '', page },
    ...rowsToLines(rightRows, bodySize, page, pageWidth),
    ...(below.length > 0 ? [{ text: '', page }, ...rowsToLines(groupRows(below), bodySize, page, pageWidth)] : []),
  ];
  return { lines, columns: 2 };
}
