import { findPlaceInside, parseLocation, type FoundLocation } from './find-location.ts';
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

const levelWord = /^(?:I{1,3}|IV|V|Sr\.?|Jr\.?|\d)$/;
const joinWord = /^(?:of|and|&|in|for|to|-|–|\/)$/i;
/** Title words that qualify a head noun ("Senior", "Staff"): a title does not end on them. */
const modifierWords = new Set(['senior', 'junior', 'principal', 'staff', 'lead', 'chief', 'head', 'sr', 'jr', 'sr.', 'jr.', 'associate', 'assistant', 'executive', 'trainee', 'student']);

/**
 * "Payroll Specialist Acme Staffing Solutions Dallas": a title, an employer and maybe a city run together on one line.
 * The title is the capitalised words up to its last title word ("Specialist"); the rest, capitalised, is the employer;
 * a last word compromise knows as a place (and not an organisation word) is the city.
 */
export function splitRunTogether(piece: TextLine, nlp: ResumeNlp): { position: TextLine; company: TextLine; location?: FoundLocation } | null {
  const words = [...piece.text.matchAll(/\S+/g)].map((match) => ({ text: match[0], index: match.index }));
  // A comma or a title word at the end ("Senior Software Engineer") leaves it to the other rules.
  if (piece.text.includes(',') || isTitleWord(words[words.length - 1]?.text.toLowerCase() ?? '')) return null;
  let cut = -1;
  for (let i = 0; i < words.length - 1; i += 1) {
    const word = words[i]?.text ?? '';
    if (!/^\p{Lu}/u.test(word) && !joinWord.test(word)) break;
    if (orgWords.has(word.toLowerCase())) break;
    if (isTitleWord(word.toLowerCase()) && !modifierWords.has(word.toLowerCase())) cut = i;
  }
  const next = words[cut + 1];
  if (cut < 0 || !next || !/^\p{Lu}/u.test(next.text) || levelWord.test(next.text) || isTitleWord(next.text.toLowerCase())) return null;
  const span = (from: number, to: number): TextLine => {
    const start = words[from]?.index ?? 0;
    const last = words[to];
    const end = last ? last.index + last.text.length : piece.text.length;
    return { text: piece.text.slice(start, end), start: piece.start + start, end: piece.start + end };
  };
  const position = span(0, cut);
  let company = span(cut + 1, words.length - 1);
  let location: FoundLocation | undefined;
  const rest = words.length - (cut + 1);
  for (const take of [2, 1]) {
    if (rest <= take) continue;
    const place = span(words.length - take, words.length - 1);
    if (!hasOrgWord(place.text) && /^\p{Lu}/u.test(place.text) && nlp.isPlace(place.text)) {
      location = { span: place, city: place.text };
      company = span(cut + 1, words.length - take - 1);
      break;
    }
  }
  return { position, company, ...(location ? { location } : {}) };
}

/** Position, employer and place from an entry's header lines (the date range already located). */
export function parseEntryHeader(lines: TextLine[], dateLine: TextLine | undefined, range: DateRange | undefined, nlp: ResumeNlp): EntryHeader {
  const spans = [...lines];
  if (dateLine && range) spans.push(...cutSpan(dateLine, range.index, range.text.length));
  spans.sort((a, b) => a.start - b.start);
  const header: EntryHeader = {};
  const pieces: TextLine[] = [];
  const placed = (piece: TextLine): TextLine[] => {
    const place = findPlaceInside(piece);
    if (!place) return [piece];
    header.location ??= parseLocation(place, nlp) ?? { span: place };
    return cutSpan(piece, place.start - piece.start, place.text.length);
  };
  for (const field of spans.flatMap((span) => splitFields(span)).flatMap(placed)) {
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
  const lone = named.length === 1 && !header.company && !header.position && named[0] ? splitRunTogether(named[0], nlp) : null;
  if (lone) {
    header.position = lone.position;
    header.company = lone.company;
    if (lone.location) header.location ??= lone.location;
    return header;
  }
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
  // A lone piece with no title word is the title, unless it names an organisation ("Lighthouse Staffing": a job listed without a title).
  const loneEmployer = named.length === 1 && best && titleScore(best) <= 0 && (hasOrgWord(best.text) || nlp.isOrganization(best.text));
  if (best && !loneEmployer && (titleScore(best) > 0 || named.length === 1)) header.position = best;
  const rest = named.filter((piece) => piece !== header.position);
  header.company = rest.find((piece) => hasOrgWord(piece.text)) ?? (rest.length > 1 && !header.position ? rest.find((piece) => nlp.isOrganization(piece.text)) : undefined) ?? rest[0];
  if (!header.position) header.position = rest.find((piece) => piece !== header.company);
  return header;
}
