import type { ResumeWork } from '#shared/ai/resume.ts';
import type { EntityList } from './entity-list.ts';
import { parseLocation } from './find-location.ts';
import { hasOrgWord } from './lexicon.ts';
import { groupEntries, isProse } from './group-entries.ts';
import { parseEntryHeader } from './parse-entry-header.ts';
import { isBullet, stripBullet, type TextLine } from './resume-lines.ts';
import type { ResumeNlp } from './resume-nlp.ts';

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Work history entries: employer, position, place, dates (absent end = current) and bullet highlights. */
export function parseWork(lines: TextLine[], nlp: ResumeNlp, entities: EntityList, warnings: string[]): ResumeWork[] {
  const { entries, unassigned } = groupEntries(lines, (line) => parseLocation(line, nlp) !== null);
  if (unassigned.length > 0) warnings.push(`${unassigned.length} line(s) of the work history could not be tied to a job`);
  const work: ResumeWork[] = [];
  let previousCompany: string | undefined;
  for (const entry of entries) {
    const header = parseEntryHeader(entry.header, entry.dateLine, entry.range, nlp);
    // "Engineer   2018 – 2020" alone under a previous role at the same employer: a promotion, same company.
    const subRole = !header.company && header.position && entry.header.length === 0 && previousCompany;
    const job: ResumeWork = {};
    if (header.company) {
      job.name = header.company.text;
      entities.add('ORG', header.company, hasOrgWord(header.company.text) ? 0.85 : 0.7);
    }
    if (subRole) job.name = previousCompany;
    previousCompany = job.name;
    if (header.position) {
      job.position = header.position.text;
      entities.add('TITLE', header.position, 0.8);
    }
    if (header.location) {
      job.location = header.location.span.text;
      entities.add('LOCATION', header.location.span, 0.8);
    }
    const range = entry.range;
    if (range && entry.dateLine) {
      if (range.start) {
        job.startDate = range.start.value;
        entities.add('DATE', { start: entry.dateLine.start + range.start.index, end: entry.dateLine.start + range.start.index + range.start.text.length }, 0.9);
      }
      if (range.end) {
        job.endDate = range.end.value;
        entities.add('DATE', { start: entry.dateLine.start + range.end.index, end: entry.dateLine.start + range.end.index + range.end.text.length }, 0.9);
      }
    }
    const unlabel = (text: string) => text.replace(/^(?:main activities(?: and responsibilities)?|responsibilities|duties|key achievements|achievements|tasks)\s*:\s*/i, '');
    const highlights = entry.body.filter((line) => isBullet(line.text)).map((line) => unlabel(clean(stripBullet(line).text))).filter(Boolean);
    const prose = entry.body.filter((line) => !isBullet(line.text)).map((line) => unlabel(clean(line.text)));
    // Without bullets, sentences of a description are its highlights; with bullets, loose prose is the summary.
    if (highlights.length === 0 && prose.some(isProse)) highlights.push(...prose.flatMap((text) => text.split(/(?<=[.!?])\s+(?=[A-Z])/)).filter(Boolean));
    else if (prose.length > 0) job.summary = prose.join(' ');
    if (highlights.length > 0) job.highlights = highlights;
    if (job.name ?? job.position) work.push(job);
  }
  return work;
}
