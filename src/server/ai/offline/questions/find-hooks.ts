import type { GenerateQuestionsContext } from '#shared/ai/questions.ts';
import type { Resume } from '#shared/ai/resume.ts';
import { findSkills } from '#server/ai/offline/evaluation/find-skills.ts';

/** A skill to ask about, and where it came from (quoted verbatim so the candidate can see why it was asked). */
export type SkillHook = { skill: string; source: 'focus_skill' | 'job_description' | 'resume'; quote: string; kind?: 'skill' | 'knowledge' };
/** A resume highlight worth a personalised question. */
export type HighlightHook = { quote: string; company?: string; skill?: string };

const numberPattern = /\d/;

export function findHighlightHooks(resume: Resume | undefined): HighlightHook[] {
  const hooks: HighlightHook[] = [];
  for (const work of resume?.work ?? []) {
    for (const highlight of [...(work.highlights ?? []), ...splitSummary(work.summary)]) {
      const quote = highlight.trim().replace(/[.;]+$/, '');
      if (quote.length < 15 || quote.length > 220) continue;
      const skill = findSkills(quote)[0]?.name;
      // A highlight with a number or a named skill is concrete enough to build a question on.
      if (!skill && !numberPattern.test(quote)) continue;
      hooks.push({ quote, ...(work.name ? { company: work.name } : {}), ...(skill ? { skill } : {}) });
    }
  }
  return hooks;
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
