import type { ParsedResume } from '#shared/ai/resume.ts';
import { compareOccupations, inferOccupations, loadOccupationIndex, type Occupation, type OccupationShare } from './occupation-index.ts';

export type OccupationFit = {
  value: number;
  job: readonly OccupationShare[];
  resume: readonly OccupationShare[];
  /** The job's and the resume's occupations that agree most (or the best of each when none agree). */
  best?: { job: Occupation; resume: Occupation };
};

/** A job's occupations from its title and its duties (the posting without its tool lists). */
export function inferJobOccupations(title: string | undefined, duties: string): OccupationShare[] {
  return inferOccupations(loadOccupationIndex(), title ? [{ text: title, weight: 1 }] : [], duties);
}

/** Each title counts less the longer ago it was held: the latest is what the person is now. */
const titleDecay = 0.7;

/**
 * A resume's occupations from its titles (the headline, then its jobs' titles, most recent first and weighted most) and
 * its duty lines (the jobs' summaries and highlights; the whole text when the parser found no job text).
 */
export function inferResumeOccupations(parsed: ParsedResume, titlesNewestFirst: readonly string[], toolFree: (text: string) => string): OccupationShare[] {
  const label = parsed.resume.basics?.label;
  const titles = [...(label ? [{ text: label, weight: 1 }] : []), ...titlesNewestFirst.map((text, index) => ({ text, weight: titleDecay ** index }))];
  const work = parsed.resume.work ?? [];
  const duties = work.flatMap((entry) => [entry.summary ?? '', ...(entry.highlights ?? [])]).join('\n');
  const summary = parsed.resume.basics?.summary ?? '';
  return inferOccupations(loadOccupationIndex(), titles, toolFree(duties.trim().length >= 80 ? `${summary}\n${duties}` : parsed.text));
}

export function fitOccupations(job: readonly OccupationShare[], resume: readonly OccupationShare[]): OccupationFit {
  const compared = compareOccupations(job, resume);
  // Against the job's fit with itself, so a resume of exactly the job's occupations scores 1 however spread they are.
  const itself = compareOccupations(job, job).value;
  const fallback = job[0] && resume[0] ? { job: job[0].occupation, resume: resume[0].occupation } : undefined;
  return { value: itself > 0 ? Math.min(1, compared.value / itself) : 0, job, resume, best: compared.best ?? fallback };
}

export function namedOccupation(occupation: Occupation): string {
  return `${occupation.title} (${occupation.code})`;
}

/** "Titles fit Accountants and Auditors (13-2011.00)", or which occupation they fit instead. */
export function describeOccupationFit(fit: OccupationFit): string | undefined {
  if (!fit.best) return undefined;
  const { job, resume } = fit.best;
  if (fit.value >= 0.45) return `Titles and duties fit ${namedOccupation(job)}${resume.code === job.code ? '' : ` (as ${namedOccupation(resume)})`}.`;
  if (fit.value >= 0.15) return `Titles and duties partly fit ${namedOccupation(job)}: the CV reads as ${namedOccupation(resume)}.`;
  return `Titles and duties read as ${namedOccupation(resume)}, not ${namedOccupation(job)}.`;
}
