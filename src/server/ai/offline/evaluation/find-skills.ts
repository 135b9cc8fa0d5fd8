import type { SkillMention } from '#shared/ai/skills.ts';
import { extractSkills } from '#server/ai/offline/skills/extract-skills.ts';

export type FoundSkill = SkillMention;

/** Skill mentions in a text (the shared skills extractor), ordered by position. */
export function findSkills(text: string): FoundSkill[] {
  if (!text.trim()) return [];
  return extractSkills(text);
}

/** Distinct canonical names, in order of first mention. */
export function findSkillNames(text: string): string[] {
  return [...new Set(findSkills(text).map((mention) => mention.name))];
}
