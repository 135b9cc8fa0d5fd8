import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { curatedAbilities } from './curated-abilities.ts';
import { curatedDomains } from './curated-domains.ts';
import { curatedKnowledge } from './curated-knowledge.ts';
import { deserializeDictionary } from './dictionary-file.ts';
import { buildSkillDictionary, parseSkillLines, type SkillDictionary, type TaxonomySkill } from './skill-dictionary.ts';

/** The shipped dictionary built by scripts/build-taxonomy.ts from the curated tables, O*NET and ESCO. */
export const taxonomyPath = fileURLToPath(new URL('../../../../../assets/taxonomy/skills.json', import.meta.url));

/** The project's own tables: tools and domains (knowledge) and soft skills. */
export function curatedSkills(): TaxonomySkill[] {
  return [
    ...parseSkillLines(curatedKnowledge, 'knowledge', 'curated', true),
    ...parseSkillLines(curatedDomains, 'knowledge', 'curated'),
    ...parseSkillLines(curatedAbilities, 'skill', 'curated'),
  ];
}

/** The curated tables first (they win any key both claim), then the bulk taxonomy. */
export function buildDefaultDictionary(taxonomy: readonly TaxonomySkill[]): SkillDictionary {
  return buildSkillDictionary([...curatedSkills(), ...taxonomy]);
}

/** Reads the shipped dictionary; without the file (a fresh checkout that lost it), the curated tables alone. */
export function readSkillDictionary(path: string = taxonomyPath): SkillDictionary {
  if (!existsSync(path)) return buildDefaultDictionary([]);
  return deserializeDictionary(JSON.parse(readFileSync(path, 'utf8')), path);
}

// Process-wide immutable data (listed in docs/architecture.md, "The AI engine"): the shipped taxonomy, read once on first
// use and never changed (ReadonlyMaps); a different dictionary is passed explicitly (extractSkillsWith).
let cached: SkillDictionary | undefined;

/** Loaded once per process on first use: read-only data, so sharing it is safe. */
export function loadSkillDictionary(): SkillDictionary {
  cached ??= readSkillDictionary();
  return cached;
}
