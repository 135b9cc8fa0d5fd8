import type { FoundLocation } from './find-location.ts';
import { parseLocation } from './find-location.ts';
import type { DateRange } from './find-dates.ts';
import { hasOrgWord, hasTitleWord, isTitleWord, lexiconWords, orgWords } from './lexicon.ts';
import type { TextLine } from './resume-lines.ts';
import type { ResumeNlp } from './resume-nlp.ts';
import { cutSpan, splitFields } from './split-fields.ts';

export type EntryHeader = { position?: TextLine; company?: TextLine; location?: FoundLocation };

const employmentWords = /^(?:full[- ]time|part[- ]time|contract|contractor|freelance|self[- ]employed|remote|hybrid|on[- ]site|internship|temporary|permanent|seasonal|volunteer|locum|per diem)$/i;

function titleScore(piece: TextLine): number {
  const words = lexiconWords(piece.text);
  return words.filter(isTitleWord).length - words.filter((word) => orgWords.has(word)).length;
}

/** "Nurse at St Mary's", "Engineer @ Acme", "Engineer, Acme": an explicit split between the role and the employer. */
function splitRoleAndEmployer(piece: TextLine): [TextLine, TextLine] | null {
  const at = /\s+(?:at|@)\s+/i.exec(piece.text);
  if (at && hasTitleWord(piece.text.slice(0, at.index))) {
    return [
      { text: piece.text.slice(0, at.index), start: piece.start, end: piece.start + at.index },
      { text: piece.text.slice(at.index + at[0].length), start: piece.start + at.index + at[0].length, end: piece.end },
    ];
  }
  const comma = piece.text.indexOf(', ');
  if (comma > 0) {
    const left = { text: piece.text.slice(0, comma), start: piece.start, end: piece.start + comma };
    const right = { text: piece.text.slice(comma + 2), start: piece.start + comma + 2, end: piece.end };
    if (hasTitleWord(left.text) !== hasTitleWord(right.text) || hasOrgWord(right.text) || hasOrgWord(left.text)) return [left, right];
  }
  return null;
}

/** "Springfield Memorial Hospital, Springfield, IL" / "Restaurante Lúa, Madrid": a trailing place after a comma is the location. */
export function peelLocation(piece: TextLine, nlp: ResumeNlp): { rest: TextLine; location: FoundLocation } | null {
  for (let comma = piece.text.indexOf(', '); comma > 0; comma = piece.text.indexOf(', ', comma + 2)) {
    const tail = { text: piece.text.slice(comma + 2), start: piece.start + comma + 2, end: piece.end };
    const rest = { text: piece.text.slice(0, comma), start: piece.start, end: piece.start + comma };
    const location = parseLocation(tail, nlp);
    if (location?.city) return { rest, location };
    if (/^\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+)?$/u.test(tail.text) && nlp.isPlace(tail.text) && !hasTitleWord(rest.text)) {
      return { rest, location: { span: tail, city: tail.text } };
    }
  }
  return null;
}

/** Position, employer and place from an entry's header lines (the date range already located). */
export function parseEntryHeader(lines: TextLine[], dateLine: TextLine | undefined, range: DateRange | undefined, nlp: ResumeNlp): EntryHeader {
  const spans = [...lines];
  if (dateLine && range) spans.push(...cutSpan(dateLine, range.index, range.text.length));
  spans.sort((a, b) => a.start - b.start);
  const header: EntryHeader = {};
  const pieces: TextLine[] = [];
  for (const field of spans.flatMap((span) => splitFields(span))) {
    // Europass-style "Employer: X" / "Position: Y" lines say what they are.
    const labelled = /^(employer|company|organi[sz]ation|position|job title|title|role|occupation|location|dates?|period)\s*:\s*/i.exec(field.text);
    const piece = labelled ? { text: field.text.slice(labelled[0].length), start: field.start + labelled[0].length, end: field.end } : field;
    const label = labelled?.[1]?.toLowerCase() ?? '';
    if (piece.text === '' || employmentWords.test(piece.text)) continue;
    if (/^(?:employer|company|organi[sz]ation)$/.test(label)) {
      const peeled = peelLocation(piece, nlp);
      header.company ??= peeled ? peeled.rest : piece;
      if (peeled) header.location ??= peeled.location;
      continue;
    }
    if (/^(?:position|job title|title|role|occupation)$/.test(label)) {
      header.position ??= piece;
      continue;
    }
    const location = parseLocation(piece, nlp);
    if (location) {
      header.location ??= location;
      continue;
    }
    const peeled = header.location ? null : peelLocation(piece, nlp);
    if (peeled) header.location = peeled.location;
    pieces.push(peeled ? peeled.rest : piece);
  }
  const named = pieces.filter((piece) => /\p{L}/u.test(piece.text));
  if (header.company && header.position) return header;
  if (header.company || header.position) {
    const other = named.sort((a, b) => (header.position ? titleScore(a) - titleScore(b) : titleScore(b) - titleScore(a)))[0];
    if (other) header[header.position ? 'company' : 'position'] = other;
    return header;
  }
  // Explicit "Title at Company" wins; then an unmistakable employer (org words, known organisation) fixes the company.
  for (const piece of named) {
    const at = /\s+(?:at|@)\s+/i.exec(piece.text);
    if (at && hasTitleWord(piece.text.slice(0, at.index))) {
      header.position = { text: piece.text.slice(0, at.index), start: piece.start, end: piece.start + at.index };
      header.company = { text: piece.text.slice(at.index + at[0].length), start: piece.start + at.index + at[0].length, end: piece.end };
      return header;
    }
  }
  // Lexical signals first (org words, title words); compromise is asked only when they leave it open.
  const employer = named.find((piece) => !piece.text.includes(', ') && titleScore(piece) < 0);
  if (!employer) {
    for (const piece of named) {
      const split = splitRoleAndEmployer(piece);
      if (!split) continue;
      // "Title, Company": order decides unless the words say otherwise.
      const [role, company] = titleScore(split[1]) > titleScore(split[0]) ? [split[1], split[0]] : split;
      return { ...header, position: role, company };
    }
  }
  // Among job-title-like pieces, the one beside the dates wins (a headline above the entry repeats the candidate's label).
  const onDateLine = (piece: TextLine) => (dateLine && piece.start >= dateLine.start && piece.end <= dateLine.end ? 1 : 0);
  const rank = (piece: TextLine) => (titleScore(piece) > 0 ? 100 + onDateLine(piece) * 10 + titleScore(piece) : titleScore(piece));
  const ranked = named.filter((piece) => piece !== employer).sort((a, b) => rank(b) - rank(a));
  const best = ranked[0];
  if (employer) {
    header.company = employer;
    if (best) header.position = best;
    return header;
  }
  if (best && (titleScore(best) > 0 || named.length === 1)) header.position = best;
  const rest = named.filter((piece) => piece !== header.position);
  header.company = rest.find((piece) => hasOrgWord(piece.text)) ?? (rest.length > 1 && !header.position ? rest.find((piece) => nlp.isOrganization(piece.text)) : undefined) ?? rest[0];
  if (!header.position) header.position = rest.find((piece) => piece !== header.company);
  return header;
}
