import type { ResumeEducation } from '#shared/ai/resume.ts';
import type { EntityList } from './entity-list.ts';
import { findDateRanges, findSingleDates } from './find-dates.ts';
import { findPlaceInside, parseLocation } from './find-location.ts';
import { peelLocation } from './parse-entry-header.ts';
import { degreePattern, institutionPattern } from './lexicon.ts';
import { isBullet, stripBullet, type TextLine } from './resume-lines.ts';
import type { ResumeNlp } from './resume-nlp.ts';
import { cutSpan, splitFields } from './split-fields.ts';

/** Like the general separators, plus a comma before a school name ("BSc Physics, University of Leeds"). */
const educationSeparators = new RegExp(String.raw`\s*[|｜]\s*|\s+[·•]\s+|\s*[－]\s*|\s+[–—-]\s+|\s{3,}|\t+|,\s+(?=[^,]*(?:Universi|College|School|Institut|Academy|Polytechnic|Politecnico|Cordon Bleu|Escuela|Hochschule|École|Ecole))|,\s*(?=(?:c?gpa|grade|honou?rs)\b)`, 'gi');

type Draft = { pieces: TextLine[]; lines: TextLine[]; degree?: TextLine; institution?: TextLine; dated: boolean };

/** "Bachelor of Science in Nursing" → type + area; "BSc Computer Science", "MBA, Marketing" likewise. */
function splitDegree(text: string): { studyType: string; area?: string } {
  const inMatch = /^(.+?)\s+(?:in|en)\s+(.+)$/i.exec(text);
  if (inMatch?.[1] && inMatch[2]) return { studyType: inMatch[1].trim(), area: inMatch[2].trim() };
  const comma = /^([^,:]+?)\s*[,:]\s*(.+)$/.exec(text);
  if (comma?.[1] && comma[2] && degreePattern.test(comma[1])) return { studyType: comma[1].trim(), area: comma[2].trim() };
  const abbreviation = /^((?:[A-Z][A-Za-z]{0,3}\.?){1,4}|MBA|BSN|MSN|MSW|PhD|Ph\.D\.)\s+(?:\(.*?\)\s+)?(\p{Lu}.+)$/u.exec(text);
  if (abbreviation?.[1] && abbreviation[2] && degreePattern.test(abbreviation[1]) && !/^of\b/i.test(abbreviation[2])) return { studyType: abbreviation[1], area: abbreviation[2] };
  return { studyType: text };
}

const fieldLabel = /^(?:institution|school|university|college|qualification|degree|title of qualification|qualification awarded|diploma|major|field of study|dates?|period)\s*:\s*/i;

function piecesOf(rawLine: TextLine): { pieces: TextLine[]; dates: TextLine[] } {
  // Europass-style "Institution: X" / "Qualification: Y" lines: the label is not part of the value.
  const label = fieldLabel.exec(rawLine.text)?.[0].length ?? 0;
  const line = { text: rawLine.text.slice(label), start: rawLine.start + label, end: rawLine.end };
  const range = findDateRanges(line.text)[0];
  const singles = range ? [] : findSingleDates(line.text);
  const cut = range ?? singles[singles.length - 1];
  const spans = cut ? cutSpan(line, cut.index, cut.text.length) : [line];
  const dates = cut ? [{ text: cut.text, start: line.start + cut.index, end: line.start + cut.index + cut.text.length }] : [];
  return { pieces: spans.flatMap((span) => splitFields(span, educationSeparators)), dates };
}

/** Education entries: a degree line and an institution line (either order), with a date range or a graduation date. */
export function parseEducation(lines: TextLine[], nlp: ResumeNlp, entities: EntityList): ResumeEducation[] {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  for (const line of lines) {
    if (line.text === '') {
      // Job sites put the degree, the school and the dates each after a blank line: a blank line ends an entry only
      // once it has both its degree and its school (or a date with one of them).
      if (current && ((current.degree && current.institution) || (current.dated && (current.degree ?? current.institution)))) current = null;
      continue;
    }
    const content = isBullet(line.text) ? stripBullet(line) : line;
    const { pieces, dates } = piecesOf(content);
    const last = drafts[drafts.length - 1];
    // "August 2013 to June 2017" alone after the school: the dates of the entry just read.
    if (!current && last && !last.dated && dates.length > 0 && !pieces.some((piece) => /\p{L}{2}/u.test(piece.text))) {
      last.lines.push(content);
      last.dated = true;
      continue;
    }
    const degree = pieces.find((piece) => degreePattern.test(piece.text));
    const institution = pieces.find((piece) => piece !== degree && institutionPattern.test(piece.text));
    const startsNew = !current || (degree && current.degree) || (institution && current.institution) || (dates.length > 0 && current.dated && (degree ?? institution));
    if (startsNew) {
      current = { pieces: [], lines: [], dated: false };
      drafts.push(current);
    }
    if (!current) continue;
    current.pieces.push(...pieces);
    current.lines.push(content);
    current.degree ??= degree;
    current.institution ??= institution;
    if (dates.length > 0) current.dated = true;
  }
  const education: ResumeEducation[] = [];
  for (const draft of drafts) {
    const item: ResumeEducation = {};
    const institution = draft.institution ?? draft.pieces.find((piece) => piece !== draft.degree && !parseLocation(piece, nlp) && /^\p{Lu}/u.test(piece.text) && !/gpa|grade|score|honou?rs/i.test(piece.text));
    if (institution) {
      // "Purdue University City , State": a place run into the school's line is not part of its name.
      const inside = findPlaceInside(institution);
      const cutPlace = inside && inside.start > institution.start ? cutSpan(institution, inside.start - institution.start, inside.text.length)[0] : undefined;
      if (cutPlace && inside) entities.add('LOCATION', inside, 0.7);
      const school = cutPlace ?? institution;
      const peeled = peelLocation(school, nlp);
      const name = peeled ? peeled.rest : school;
      item.institution = name.text;
      entities.add('ORG', name, draft.institution ? 0.85 : 0.6);
      if (peeled) entities.add('LOCATION', peeled.location.span, 0.75);
    }
    if (draft.degree) {
      Object.assign(item, splitDegree(draft.degree.text));
      entities.add('DEGREE', draft.degree, 0.85);
    }
    for (const line of draft.lines) {
      const range = findDateRanges(line.text)[0];
      if (range) {
        if (range.start) item.startDate = range.start.value;
        if (range.end) item.endDate = range.end.value;
        for (const part of [range.start, range.end]) if (part) entities.add('DATE', { start: line.start + part.index, end: line.start + part.index + part.text.length }, 0.9);
        break;
      }
      const single = findSingleDates(line.text).pop();
      if (single) {
        item.endDate = single.value;
        entities.add('DATE', { start: line.start + single.index, end: line.start + single.index + single.text.length }, 0.8);
        break;
      }
    }
    const score = draft.lines.map((line) => /\b(?:c?gpa|grade|score)\s*:?\s*([\d.]+(?:\s*\/\s*[\d.]+)?|[A-Za-z:][\w :-]{0,30})/i.exec(line.text)?.[1]).find(Boolean);
    if (score) item.score = score.trim();
    if (item.institution ?? item.studyType) education.push(item);
  }
  return education;
}
