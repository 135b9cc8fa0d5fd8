import { countYears, monthsOf, readWorkSpans, toMonths } from '#server/ai/index.ts';
import type { Resume, ResumeWork } from '#shared/ai/resume.ts';
import type { SkillMention } from '#shared/ai/skills.ts';
import { profileLimits, type SuggestedProfile } from '#shared/contracts/profile.ts';
import { industryKeywords } from './industry-keywords.ts';

// As many as a profile holds: a skill the CV lists must never be dropped for a cap (it would later be called missing).
const maxSkills = profileLimits.listItems;
const maxIndustries = 3;

/**
 * A profile prefilled from a parsed CV for the user to confirm: name from the CV, years from the work history (overlaps
 * counted once, a current job up to now), target role from the most recent title, skills from the CV's skills section
 * then the most mentioned ones, industries by keyword. Every value fits what PUT /api/profile accepts.
 */
export function suggestProfile(cv: { resume: Resume; skills: readonly SkillMention[] }, now: Date): SuggestedProfile {
  const work = cv.resume.work ?? [];
  const spans = readWorkSpans(work, monthsOf(now), () => []);
  const dated = spans.some((span) => span.start !== undefined && span.end !== undefined);
  const targetRoles = distinct([mostRecent(work, monthsOf(now))?.position, cv.resume.basics?.label]).slice(0, 2);
  const name = cv.resume.basics?.name?.trim();
  return {
    fullName: name ? name.slice(0, profileLimits.nameChars) : null,
    yearsOfExperience: dated ? Math.min(profileLimits.maxYears, Math.round(countYears(spans))) : null,
    targetRoles,
    keySkills: suggestSkills(cv, targetRoles),
    industries: findIndustries(cv.resume),
  };
}

/** The current job (the latest started), else the one that ended last; the CV's first entry when nothing is dated. */
function mostRecent(work: readonly ResumeWork[], nowMonths: number): ResumeWork | undefined {
  const recency = (entry: ResumeWork) => {
    const start = toMonths(entry.startDate) ?? -Infinity;
    const end = entry.endDate === undefined ? (start === -Infinity ? -Infinity : nowMonths) : (toMonths(entry.endDate) ?? -Infinity);
    return [end, start] as const;
  };
  return [...work].filter((entry) => entry.position?.trim()).sort((a, b) => {
    const [endA, startA] = recency(a);
    const [endB, startB] = recency(b);
    return endB - endA || startB - startA;
  })[0];
}

/** The skills section as written first, then the skills the text names most often (abilities after knowledge). */
function suggestSkills(cv: { resume: Resume; skills: readonly SkillMention[] }, roles: readonly string[]): string[] {
  const notSkills = new Set([...roles, ...(cv.resume.languages ?? []).map((entry) => entry.language)].map((value) => value.toLowerCase()));
  const counts = new Map<string, { name: string; kind: SkillMention['kind']; count: number; first: number }>();
  cv.skills.forEach((mention, index) => {
    if (mention.confidence < 0.5) return;
    const seen = counts.get(mention.name.toLowerCase());
    if (seen) seen.count += 1;
    else counts.set(mention.name.toLowerCase(), { name: mention.name, kind: mention.kind, count: 1, first: index });
  });
  const mentioned = [...counts.values()]
    .sort((a, b) => Number(a.kind === 'skill') - Number(b.kind === 'skill') || b.count - a.count || a.first - b.first)
    .map((entry) => entry.name);
  const listed = (cv.resume.skills ?? []).map((skill) => skill.name);
  const keep = (name: string) => !notSkills.has(name.trim().toLowerCase());
  const fromSection = distinct(listed.filter(keep));
  return distinct([...fromSection, ...mentioned.filter(keep)]).slice(0, Math.max(maxSkills, fromSection.length));
}

function findIndustries(resume: Resume): string[] {
  const text = [
    resume.basics?.label,
    resume.basics?.summary,
    ...(resume.work ?? []).flatMap((entry) => [entry.name, entry.position, entry.summary, ...(entry.highlights ?? [])]),
  ]
    .filter(Boolean)
    .join('\n');
  return industryKeywords
    .map(({ industry, pattern }, order) => ({ industry, order, hits: text.match(pattern)?.length ?? 0 }))
    .filter((entry) => entry.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, maxIndustries)
    .map((entry) => entry.industry);
}

/** Trimmed, cut to the profile's item length, first spelling kept when two differ only in case. */
function distinct(values: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const clean = value?.trim().slice(0, profileLimits.itemChars);
    if (!clean || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    result.push(clean);
  }
  return result;
}
