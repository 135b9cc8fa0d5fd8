import type { Seniority } from '#shared/ai/job.ts';
import { readSeniority, seniorityFromYears } from '#server/ai/offline/job/read-job-facts.ts';
import { stemTerm } from '#server/ai/offline/text/terms.ts';

const seniorityRank: Record<Seniority, number> = { intern: 0, junior: 1, mid: 2, senior: 3, lead: 4, manager: 4, principal: 5, director: 6 };

const ignored = new Set(
  'senior sr jr junior lead leader principal staff mid level intern trainee associate assistant i ii iii iv of and the for at in to with head chief'.split(' '),
);
const synonyms: Record<string, string> = {
  developer: 'engineer', programmer: 'engineer', swe: 'engineer', dev: 'engineer', frontend: 'front', backend: 'back', fullstack: 'full',
  rn: 'nurse', nursing: 'nurse', educator: 'teacher', teaching: 'teacher', instructor: 'teacher', salesperson: 'sales', representative: 'rep',
  accounting: 'accountant', bookkeeper: 'accountant', designer: 'design', ux: 'design', ui: 'design', analytics: 'analyst',
};

/** The role words of a title: "Senior Back-end Developer" → back, end, engineer. */
export function roleWords(title: string): Set<string> {
  const words = new Set<string>();
  for (const raw of title.toLowerCase().split(/[^\p{L}\p{N}+#]+/u)) {
    if (!raw || ignored.has(raw)) continue;
    const word = synonyms[raw] ?? raw;
    words.add(stemTerm(synonyms[stemTerm(word)] ?? word));
  }
  return words;
}

/** Share of the job title's role words found in a resume title. */
export function titleOverlap(jobTitle: string, resumeTitle: string): number {
  const job = roleWords(jobTitle);
  if (job.size === 0) return 0;
  const resume = roleWords(resumeTitle);
  let shared = 0;
  for (const word of job) if (resume.has(word)) shared += 1;
  return shared / job.size;
}

/** 1 when the candidate is at or above the job's level, less per level below. */
export function seniorityFit(job: Seniority | undefined, latestTitle: string, years: number): { value: number; candidate: Seniority } {
  const candidate = readSeniority(latestTitle) ?? seniorityFromYears(years);
  if (!job) return { value: 1, candidate };
  const gap = seniorityRank[job] - seniorityRank[candidate];
  return { value: gap <= 0 ? 1 : Math.max(0, 1 - 0.35 * gap), candidate };
}
