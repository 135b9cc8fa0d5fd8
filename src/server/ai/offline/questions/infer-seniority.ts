import type { Seniority } from '#shared/ai/questions.ts';
import type { Resume } from '#shared/ai/resume.ts';

const rules: readonly [Seniority, RegExp][] = [
  ['executive', /\b(chief|cto|ceo|cfo|coo|vp|vice president|director|head of)\b/i],
  ['lead', /\b(lead|principal|staff|manager|supervisor|charge nurse|team leader)\b/i],
  ['senior', /\b(senior|sr\.?|experienced)\b/i],
  ['intern', /\b(intern|internship|trainee|apprentice|placement)\b/i],
  ['junior', /\b(junior|jr\.?|graduate|entry[- ]level|associate|newly qualified)\b/i],
];

/**
 * Seniority from the role title first, then from the years the resume covers (20 years of work is not someone new to
 * the field), then from the job description's years of experience.
 */
export function inferSeniority(role: string, jobDescription = '', resume?: Resume, today = new Date()): Seniority {
  for (const [level, pattern] of rules) if (pattern.test(role)) return level;
  const worked = yearsOfWork(resume, today);
  if (worked !== null && worked >= 3) return worked >= 8 ? 'senior' : 'mid';
  const years = /(\d{1,2})\+?\s*(?:years|yrs)/i.exec(jobDescription);
  if (years?.[1]) {
    const count = Number(years[1]);
    if (count >= 8) return 'lead';
    if (count >= 5) return 'senior';
    if (count <= 1) return 'junior';
  }
  return 'mid';
}

/** Years from the first job's start to the last job's end (or today), when the resume dates its jobs. */
export function yearsOfWork(resume: Resume | undefined, today = new Date()): number | null {
  const years = (value: string | undefined): number | null => {
    const match = /^(\d{4})/.exec(value ?? '');
    return match ? Number(match[1]) : null;
  };
  const starts = (resume?.work ?? []).map((work) => years(work.startDate)).filter((year): year is number => year !== null);
  if (starts.length === 0) return null;
  const ends = (resume?.work ?? []).map((work) => (work.endDate ? years(work.endDate) : today.getUTCFullYear())).filter((year): year is number => year !== null);
  return Math.max(...ends, ...starts) - Math.min(...starts);
}
