import { extractSkills } from '#server/ai/offline/skills/extract-skills.ts';
import type { ParsedResume, Resume } from '#shared/ai/resume.ts';
import type { SkillMention } from '#shared/ai/skills.ts';
import { createEntityList, type EntityList } from './entity-list.ts';
import { findDateRanges } from './find-dates.ts';
import { parseCertificates } from './parse-certificates.ts';
import { parseContact } from './parse-contact.ts';
import { parseEducation } from './parse-education.ts';
import { parseLanguages } from './parse-languages.ts';
import { parseProjects } from './parse-projects.ts';
import { parseSkills } from './parse-skills.ts';
import { parseWork } from './parse-work.ts';
import { joinWrappedLines, splitLines, type TextLine } from './resume-lines.ts';
import { repairText } from './repair-text.ts';
import { createResumeNlp, type ResumeNlp } from './resume-nlp.ts';
import { matchInlineHeading, matchSectionHeading, type SectionKey } from './section-headings.ts';
import { segmentSections, type SegmentedResume } from './segment-sections.ts';

export type ExtractSkillsFn = (text: string) => SkillMention[];

export type ParseResumeOptions = {
  /** The engine's (with its memo); a fresh one by default. */
  nlp?: ResumeNlp;
  /** Canonical skill names and spans; defaults to the offline skills taxonomy. `false`: skills stay as written, no SKILL spans outside the skills section. */
  extractSkills?: ExtractSkillsFn | false;
  /** From the document reader: the PDF was read as two columns. */
  columns?: number;
  /** From the document reader: the text was recognised by OCR. */
  ocrText?: boolean;
};

function isBoundary(line: TextLine): boolean {
  return matchSectionHeading(line.text) !== null || matchInlineHeading(line.text) !== null || findDateRanges(line.text).length > 0;
}

export const maxResumeChars = 200_000;

const listSections = new Set<SectionKey>(['skills', 'languages', 'certificates']);

function linesOf(segmented: SegmentedResume, key: SectionKey, text: string): TextLine[] {
  const blank = { text: '', start: 0, end: 0 };
  return segmented.sections
    .filter((section) => section.key === key)
    .flatMap((section) => (key === 'contact' ? [...section.lines, blank] : joinWrappedLines([...section.lines, blank], text, isBoundary, listSections.has(key) ? 'list' : 'prose')));
}

/** wink-nlp's rule entities (e-mail, URL, date) over the whole text, placed by searching forward from the previous hit. */
function addRuleEntities(text: string, nlp: ResumeNlp, entities: EntityList): void {
  // Characters already inside a DATE entity, so wink's dates only add what the parser did not place.
  const dated = new Uint8Array(text.length + 1);
  for (const entity of entities.list()) if (entity.type === 'DATE') dated.fill(1, entity.start, entity.end);
  let cursor = 0;
  for (const entity of nlp.findRuleEntities(text)) {
    const value = entity.value.replace(/[.,;:]+$/, '');
    const index = text.indexOf(value, cursor);
    if (index === -1 || value === '') continue;
    cursor = index + value.length;
    const span = { start: index, end: index + value.length };
    if (entity.type === 'EMAIL') entities.add('EMAIL', span, 0.95);
    else if (entity.type === 'URL') entities.add('URL', span, 0.9);
    else if (entity.type === 'DATE' && /\d{4}/.test(value) && !dated.subarray(span.start, span.end).includes(1)) entities.add('DATE', span, 0.6);
  }
}

/** The offline resume parser: sections, contact, work, education, skills, certificates, languages and projects, with entity offsets into `text`. Never adds what the text does not say. */
export function parseResume(fullText: string, options: ParseResumeOptions = {}): ParsedResume {
  const nlp = options.nlp ?? createResumeNlp();
  const warnings: string[] = [];
  // No resume is this long; a cap keeps a pathological upload from stalling a batch worker.
  // Repairs keep the length, so offsets into the parsed text are offsets into the uploaded text too.
  const text = repairText(fullText.length > maxResumeChars ? fullText.slice(0, maxResumeChars) : fullText);
  if (fullText.length > maxResumeChars) warnings.push(`the text has ${fullText.length} characters; only the first ${maxResumeChars} were parsed`);
  const entities = createEntityList(text);
  if (options.ocrText) warnings.push('text recognised by OCR; check for errors');
  if (options.columns && options.columns > 1) warnings.push('two-column layout detected: the left column was read before the right column');
  const lines = splitLines(text);
  const segmented = segmentSections(lines);
  const has = (key: SectionKey) => segmented.sections.some((section) => section.key === key);
  const extract = options.extractSkills === undefined ? extractSkills : options.extractSkills;
  const mentions = extract ? extract(text) : [];

  const headerCandidates = segmented.header.length > 0 ? segmented.header : lines.filter((line) => line.text !== '' && matchSectionHeading(line.text) === null).slice(0, 6);
  const basics = parseContact({ candidates: headerCandidates, contactLines: linesOf(segmented, 'contact', text), allLines: lines }, nlp, entities);
  const summary = linesOf(segmented, 'summary', text).map((line) => line.text.replace(/\s+/g, ' ')).filter(Boolean).join(' ');
  if (summary) basics.summary = summary;

  const resume: Resume = {};
  if (Object.keys(basics).length > 0) resume.basics = basics;
  const work = parseWork(linesOf(segmented, 'work', text), nlp, entities, warnings);
  if (work.length > 0) resume.work = work;
  const education = parseEducation(linesOf(segmented, 'education', text), nlp, entities);
  if (education.length > 0) resume.education = education;
  let skills = parseSkills(linesOf(segmented, 'skills', text), mentions, entities);
  // Without a skills section, the skills the experience, projects and summary name stand in (not the contact block or languages).
  const evidence = segmented.sections.filter((section) => ['work', 'projects', 'summary', 'education'].includes(section.key));
  const inEvidence = (mention: SkillMention) =>
    evidence.some((section) => mention.start >= section.heading.start && mention.end <= (section.lines[section.lines.length - 1]?.end ?? section.heading.end));
  const evidenced = mentions.filter(inEvidence);
  if (skills.length === 0 && evidenced.length > 0) {
    skills = [...new Set(evidenced.map((mention) => mention.name))].map((name) => ({ name }));
    warnings.push('no skills section found: skills were taken from mentions in the text');
  }
  if (skills.length > 0) resume.skills = skills;
  const certificates = parseCertificates(linesOf(segmented, 'certificates', text), text, entities);
  if (certificates.length > 0) resume.certificates = certificates;
  const spokenInSkills = linesOf(segmented, 'skills', text)
    .filter((line) => /^languages?\s*:/i.test(line.text))
    .map((line) => {
      const cut = line.text.indexOf(':') + 1;
      return { text: line.text.slice(cut).trim(), start: line.start + cut + (line.text.slice(cut).length - line.text.slice(cut).trimStart().length), end: line.end };
    });
  const languages = parseLanguages([...linesOf(segmented, 'languages', text), ...spokenInSkills], entities);
  if (languages.length > 0) resume.languages = languages;
  const projects = parseProjects(linesOf(segmented, 'projects', text), entities);
  if (projects.length > 0) resume.projects = projects;

  for (const mention of mentions) entities.add('SKILL', mention, mention.confidence * 0.95);
  addRuleEntities(text, nlp, entities);

  if (!basics.name) warnings.push('no name found');
  if (!basics.email) warnings.push('no e-mail address found');
  if (!basics.phone) warnings.push('no phone number found');
  if (!has('work')) warnings.push('no work history section found');
  else if (work.length === 0) warnings.push('the work history section has no recognisable jobs');
  if (!has('education')) warnings.push('no education section found');
  if (!has('skills') && skills.length === 0) warnings.push('no skills section found');
  return { text, resume, entities: entities.list(), warnings };
}
