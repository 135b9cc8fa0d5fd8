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

/**
 * Tools, technologies and domains named in a text (the taxonomy's `knowledge`), without abilities such as
 * "Communication": naming an ability is not a specific, and is never praised as "the tools you used".
 */
export function findConcreteSkillNames(text: string): string[] {
  return [...new Set(findSkills(text).filter((mention) => mention.kind === 'knowledge').map((mention) => mention.name))];
}
