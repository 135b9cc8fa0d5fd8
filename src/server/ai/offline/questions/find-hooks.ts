import type { GenerateQuestionsContext } from '#shared/ai/questions.ts';
import type { Resume } from '#shared/ai/resume.ts';
import { findSkills } from '#server/ai/offline/evaluation/find-skills.ts';
import { isPlaceName } from '#shared/text/place-names.ts';
import { repairMojibake } from '#shared/text/repair-mojibake.ts';

/** A skill to ask about, and where it came from (quoted verbatim so the candidate can see why it was asked). */
export type SkillHook = { skill: string; source: 'focus_skill' | 'job_description' | 'resume'; quote: string; kind?: 'skill' | 'knowledge' };
/** A resume highlight worth a personalised question. */
export type HighlightHook = { quote: string; company?: string; skill?: string };

const numberPattern = /\d/;

export function findHighlightHooks(resume: Resume | undefined): HighlightHook[] {
  const hooks: HighlightHook[] = [];
  for (const work of resume?.work ?? []) {
    const company = cleanCompany(work.name);
    for (const highlight of [...(work.highlights ?? []), ...splitSummary(work.summary)]) {
      const quote = repairMojibake(highlight).trim().replace(/[.;]+$/, '');
      if (quote.length < 15 || quote.length > 220 || hasPlaceholder(quote) || hasMojibake(quote)) continue;
      const skill = findSkills(quote)[0]?.name;
      // A highlight with a number or a named skill is concrete enough to build a question on.
      if (!skill && !numberPattern.test(quote)) continue;
      hooks.push({ quote, ...(company ? { company } : {}), ...(skill ? { skill } : {}) });
    }
  }
  return hooks;
}

// A resume template's words left in place ("Company Name – City, State"): never quoted back to the candidate.
const placeholder = /\b(company name|employer name|your company|name of (the )?company|city,? state|city,? country|job title|position title|school name|university name|lorem ipsum|xyz (company|corp)|abc (company|corp))\b/i;
// What is still mis-encoded after the repair (a lone "ï¼", "â€", "Ã©").
const mojibake = /[ÃÂâï][\u0080-\u00bf¼½¾€™œ]|\ufffd/u;

function hasPlaceholder(text: string): boolean {
  return placeholder.test(text);
}

function hasMojibake(text: string): boolean {
  return mojibake.test(text);
}

/** The employer as it may be quoted: mojibake repaired, a trailing place dropped, nothing when it is a placeholder or a place. */
function cleanCompany(name: string | undefined): string | null {
  if (!name) return null;
  const repaired = repairMojibake(name).split(/\s+[–—-]\s+|\s*[|•·]\s*/)[0]?.trim() ?? '';
  if (!repaired || hasPlaceholder(repaired) || hasMojibake(repaired) || isPlaceName(repaired) || /^(company|employer|organi[sz]ation)$/i.test(repaired)) return null;
  return repaired;
}

function splitSummary(summary: string | undefined): string[] {
  return summary ? summary.split(/(?<=[.!?])\s+/) : [];
}

export function findSkillHooks(context: GenerateQuestionsContext, professionSkills: readonly string[]): SkillHook[] {
  const hooks: SkillHook[] = [];
  const seen = new Set<string>();
  const add = (hook: SkillHook): void => {
    const key = hook.skill.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    hooks.push(hook);
  };
  for (const skill of context.focusSkills) add({ skill, source: 'focus_skill', quote: skill });
  for (const hook of jobSkillHooks(context.jobDescription)) add(hook);
  for (const skill of context.resume?.skills ?? []) {
    for (const name of [skill.name, ...(skill.keywords ?? [])]) if (name.trim()) add({ skill: name.trim(), source: 'resume', quote: name.trim() });
  }
  for (const skill of professionSkills) add({ skill, source: 'focus_skill', quote: skill });
  return hooks;
}

// Requirement lines come first: a skill in "Required: ..." matters more than one in the company blurb.
function jobSkillHooks(jobDescription: string | undefined): SkillHook[] {
  if (!jobDescription) return [];
  const lines = jobDescription.split(/\n|(?<=[.!?])\s+/).map((line) => line.trim()).filter(Boolean);
  const requirement = /\b(require|must|essential|experience (with|in)|proficien|knowledge of|you have|you will|skills?)\b/i;
  const ordered = [...lines.filter((line) => requirement.test(line)), ...lines.filter((line) => !requirement.test(line))];
  const hooks: SkillHook[] = [];
  for (const line of ordered) {
    for (const mention of findSkills(line)) hooks.push({ skill: mention.name, source: 'job_description', quote: line.replace(/^[-*•\s]+/, ''), kind: mention.kind });
  }
  return hooks;
}
