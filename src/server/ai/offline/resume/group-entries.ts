import { findDateRanges, type DateRange } from './find-dates.ts';
import { isBullet, type TextLine } from './resume-lines.ts';

/** One dated entry of a section: header lines around its date line, then the bullets and prose under it. */
export type Entry = { header: TextLine[]; dateLine?: TextLine; range?: DateRange; body: TextLine[] };

export function isProse(text: string): boolean {
  return text.split(/\s+/).length >= 12 || (/[.!?]$/.test(text) && text.split(/\s+/).length >= 6);
}

/** "Project: Retail Banking Portal", "Team size: 12": labelled details of a job (Indian resumes), never its title or employer. */
const detailLabel = /^(?:project(?:\s+name)?|client|team\s+size|environment|technolog(?:y|ies)|tools|duration|description|platform|domain|role|responsibilit(?:y|ies)|software|hardware|operating\s+systems?)\s*:/i;

function isHeaderLike(line: TextLine): boolean {
  return line.text !== '' && !isBullet(line.text) && !isProse(line.text) && !detailLabel.test(line.text);
}

/**
 * Entries are anchored on their date-range lines. Short lines just above an anchor (title, employer) and just below
 * it before the bullets (location, title) are its header; a short line between two anchors with no bullets between
 * them goes to the later entry unless it looks like a location (`isTrailer`).
 */
export function groupEntries(lines: TextLine[], isTrailer: (line: TextLine) => boolean): { entries: Entry[]; unassigned: TextLine[] } {
  const anchors = lines.map((line, index) => (!isBullet(line.text) && line.text !== '' && findDateRanges(line.text).length > 0 ? index : -1)).filter((index) => index >= 0);
  if (anchors.length === 0) return groupByBlocks(lines);
  const owner = new Array<number>(lines.length).fill(-1);
  const role = new Array<'header' | 'body' | 'date'>(lines.length).fill('body');
  anchors.forEach((anchor, entryIndex) => {
    owner[anchor] = entryIndex;
    role[anchor] = 'date';
    const floor = entryIndex === 0 ? -1 : (anchors[entryIndex - 1] ?? -1);
    for (let index = anchor - 1, taken = 0; index > floor && taken < 3; index -= 1) {
      const line = lines[index];
      // One blank line may sit between an entry's header lines (Markdown, spaced layouts).
      if (line?.text === '' && lines[index - 1] && isHeaderLike(lines[index - 1] as TextLine) && lines[index + 1]?.text !== '') continue;
      if (!line || !isHeaderLike(line) || owner[index] !== -1) break;
      taken += 1;
      owner[index] = entryIndex;
      role[index] = 'header';
    }
  });
  anchors.forEach((anchor, entryIndex) => {
    const next = anchors[entryIndex + 1] ?? lines.length;
    let index = anchor + 1;
    for (let taken = 0; index < next && taken < 2; index += 1, taken += 1) {
      const line = lines[index];
      if (!line || !isHeaderLike(line)) break;
      if (owner[index] !== -1 && !isTrailer(line)) break;
      owner[index] = entryIndex;
      role[index] = 'header';
    }
    for (; index < next; index += 1) {
      if (owner[index] === -1 && lines[index]?.text !== '') owner[index] = entryIndex;
    }
  });
  const entries: Entry[] = anchors.map((anchor) => {
    const dateLine = lines[anchor];
    const range = dateLine ? findDateRanges(dateLine.text)[0] : undefined;
    return { header: [], body: [], ...(dateLine ? { dateLine } : {}), ...(range ? { range } : {}) };
  });
  const unassigned: TextLine[] = [];
  lines.forEach((line, index) => {
    const entry = entries[owner[index] ?? -1];
    if (line.text === '' || role[index] === 'date') return;
    if (!entry) unassigned.push(line);
    else if (role[index] === 'header') entry.header.push(line);
    else entry.body.push(line);
  });
  return { entries, unassigned };
}

/** Without dates, blank-line separated blocks are the entries: the leading short lines are the header. */
function groupByBlocks(lines: TextLine[]): { entries: Entry[]; unassigned: TextLine[] } {
  const entries: Entry[] = [];
  let current: Entry | null = null;
  for (const line of lines) {
    if (line.text === '') {
      current = null;
      continue;
    }
    current ??= entries[entries.push({ header: [], body: [] }) - 1] ?? null;
    if (!current) continue;
    if (current.body.length === 0 && isHeaderLike(line) && current.header.length < 3) current.header.push(line);
    else current.body.push(line);
  }
  return { entries: entries.filter((entry) => entry.header.length > 0), unassigned: [] };
}
