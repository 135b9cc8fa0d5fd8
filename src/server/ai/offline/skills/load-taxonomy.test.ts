import { describe, expect, it } from 'vitest';
import { buildDefaultDictionary, loadSkillDictionary, readSkillDictionary } from './load-taxonomy.ts';
import { deserializeDictionary, serializeDictionary } from './dictionary-file.ts';

describe('the shipped skills dictionary', () => {
  it('is up to date with the curated tables (re-run scripts/build-taxonomy.ts when this fails)', () => {
    const shipped = loadSkillDictionary();
    const curated = buildDefaultDictionary([]);
    const stale = [...curated.entries]
      .filter(([key, entry]) => shipped.entries.get(key)?.name !== entry.name)
      .map(([key, entry]) => `${key} → ${entry.name}`);
    expect(stale).toEqual([]);
  });

  it('holds O*NET and ESCO names beside the curated ones', () => {
    const shipped = loadSkillDictionary();
    expect(shipped.entries.size).toBeGreaterThan(40_000);
    expect(shipped.entries.get('minitab')).toMatchObject({ name: 'Minitab', source: 'onet', kind: 'knowledge' });
    expect(shipped.entries.get('managed budgets')).toMatchObject({ name: 'Manage budgets', source: 'alias', kind: 'skill' });
    expect(shipped.entries.get('pharmacology')?.kind).toBe('knowledge');
  });

  it('survives a round trip through the file format, rules and case-sensitive forms included', () => {
    const curated = buildDefaultDictionary([]);
    const copy = deserializeDictionary(JSON.parse(JSON.stringify(serializeDictionary(curated))), 'memory');
    expect(copy.entries.get('go')).toEqual(curated.entries.get('go'));
    expect(copy.entries.get('k8s')).toEqual(curated.entries.get('k8s'));
    expect(copy.spans).toEqual(curated.spans);
  });

  it('rejects a file of another shape with a clear message', () => {
    expect(() => deserializeDictionary({ version: 1, skills: [] }, 'old.json')).toThrow(/old.json: not a version 2 skills dictionary/);
    expect(readSkillDictionary('/nonexistent/skills.json').entries.has('javascript')).toBe(true);
  });
});
