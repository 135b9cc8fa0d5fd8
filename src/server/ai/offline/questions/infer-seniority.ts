import type { Seniority } from '#shared/ai/questions.ts';

const rules: readonly [Seniority, RegExp][] = [
  ['executive', /\b(chief|cto|ceo|cfo|coo|vp|vice president|director|head of)\b/i],
  ['lead', /\b(lead|principal|staff|manager|supervisor|charge nurse|team leader)\b/i],
  ['senior', /\b(senior|sr\.?|experienced)\b/i],
  ['intern', /\b(intern|internship|trainee|apprentice|placement)\b/i],
  ['junior', /\b(junior|jr\.?|graduate|entry[- ]level|associate|newly qualified)\b/i],
];

/** Seniority from the role title first, then from the job description's years of experience. */
export function inferSeniority(role: string, jobDescription = ''): Seniority {
  for (const [level, pattern] of rules) if (pattern.test(role)) return level;
  const years = /(\d{1,2})\+?\s*(?:years|yrs)/i.exec(jobDescription);
  if (years?.[1]) {
    const count = Number(years[1]);
    if (count >= 8) return 'lead';
    if (count >= 5) return 'senior';
    if (count <= 1) return 'junior';
  }
  return 'mid';
}
