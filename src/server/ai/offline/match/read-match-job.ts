import { loadIdfTable, toTfidfVector } from '#server/ai/offline/text/tfidf-similarity.ts';
import { inferJobOccupations } from './occupation-fit.ts';
import type { OccupationShare } from './occupation-index.ts';
import type { MatchJob } from './match-types.ts';

/** What the matcher reads from a job whatever the resume: the same for every CV matched against it. */
export type MatchJobReading = {
  /** The posting's TF-IDF vector, and that of its title and duties without tool lists. */
  postingVector: ReadonlyMap<string, number>;
  occupationVector: ReadonlyMap<string, number>;
  occupations: readonly OccupationShare[];
  hasToolListLine: boolean;
};

export type ReadMatchJob = (job: MatchJob) => MatchJobReading;

/** "Tools and technology: Excel; SAP; …": a line that is a long list of short items. */
export function isToolList(line: string): boolean {
  const items = line.split(/[;,•|]/).map((item) => item.trim()).filter(Boolean);
  return items.length >= 8 && items.reduce((sum, item) => sum + item.split(/\s+/).length, 0) / items.length <= 3;
}

export function withoutToolLists(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isToolList(line))
    .join('\n');
}

export function jobText(job: MatchJob): string {
  return job.text ?? [job.title, ...job.responsibilities, ...job.mustHave.map((skill) => skill.name), ...job.niceToHave.map((skill) => skill.name)].join('\n');
}

/**
 * What the job is (its title and duties) without its tool lists: a long list of tools must not drown the few words that
 * say what the occupation is, so the text similarity weighs this part apart from the whole posting.
 */
export function occupationText(job: MatchJob): string {
  return withoutToolLists(jobText(job));
}

export function readMatchJob(job: MatchJob): MatchJobReading {
  const posting = jobText(job);
  const duties = withoutToolLists(posting);
  return {
    postingVector: toTfidfVector(posting, loadIdfTable()),
    occupationVector: toTfidfVector(duties, loadIdfTable()),
    occupations: inferJobOccupations(job.title, duties),
    hasToolListLine: posting.split('\n').some(isToolList),
  };
}

/**
 * A reader that remembers the last `limit` jobs by their title and text (what the reading depends on): a rescore or a
 * batch matches hundreds of CVs against one job, whose occupations and vectors are then read once. Each engine holds
 * its own, like its text analyser.
 */
export function createMatchJobReader(limit = 16): ReadMatchJob {
  const recent = new Map<string, MatchJobReading>();
  return (job) => {
    const key = `${job.title ?? ''}\u0000${jobText(job)}`;
    const known = recent.get(key);
    if (known) return known;
    const reading = readMatchJob(job);
    if (recent.size >= limit) recent.delete(recent.keys().next().value as string);
    recent.set(key, reading);
    return reading;
  };
}
