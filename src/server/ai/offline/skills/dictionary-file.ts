import type { SkillKind, SkillSource } from '#shared/ai/skills.ts';
import { ambiguityRuleFor } from './ambiguous-terms.ts';
import { indexEntries, needsContext, type DictionaryEntry, type SkillDictionary } from './skill-dictionary.ts';

/**
 * The dictionary as shipped in assets/taxonomy/skills.json: already keyed, so loading is a table copy instead of
 * tokenising 60,000 names. `skills` rows are [name, kind, technical]; `entries` rows are
 * [key, skill row, source, 1 when the name needs context, ...surfaces a case-sensitive key must match].
 */
export type DictionaryFile = {
  version: 2;
  skills: [string, SkillKind, 0 | 1][];
  entries: [string, number, SkillSource, 0 | 1, ...string[]][];
};

const sources: ReadonlySet<string> = new Set(['onet', 'esco', 'alias', 'curated', 'llm']);

export function serializeDictionary(dictionary: SkillDictionary): DictionaryFile {
  const skillRows = new Map<string, number>();
  const skills: DictionaryFile['skills'] = [];
  const entries: DictionaryFile['entries'] = [];
  for (const [key, entry] of dictionary.entries) {
    const id = `${entry.name}\u0000${entry.kind}\u0000${entry.technical ? 1 : 0}`;
    let row = skillRows.get(id);
    if (row === undefined) {
      row = skills.length;
      skillRows.set(id, row);
      skills.push([entry.name, entry.kind, entry.technical ? 1 : 0]);
    }
    entries.push([key, row, entry.source, entry.rule === needsContext ? 1 : 0, ...(entry.surfaces ?? [])]);
  }
  return { version: 2, skills, entries };
}

/** Reads the shipped file, checking its shape by hand (a schema over 45,000 rows costs more than the load itself). */
export function deserializeDictionary(file: unknown, origin: string): SkillDictionary {
  const data = file as Partial<DictionaryFile>;
  if (data.version !== 2 || !Array.isArray(data.skills) || !Array.isArray(data.entries)) {
    throw new Error(`${origin}: not a version 2 skills dictionary; run npx tsx scripts/build-taxonomy.ts`);
  }
  const skills = data.skills;
  const entries = new Map<string, DictionaryEntry>();
  for (const row of data.entries) {
    const [key, index, source, context, ...surfaces] = row;
    const skill = skills[index];
    if (typeof key !== 'string' || !skill || !sources.has(source)) {
      throw new Error(`${origin}: bad entry ${JSON.stringify(row)}`);
    }
    const entry: DictionaryEntry = { name: skill[0], kind: skill[1], source, technical: skill[2] === 1 };
    if (surfaces.length > 0) entry.surfaces = new Set(surfaces);
    const rule = ambiguityRuleFor(key) ?? (context === 1 ? needsContext : undefined);
    if (rule) entry.rule = rule;
    entries.set(key, entry);
  }
  return indexEntries(entries);
}
