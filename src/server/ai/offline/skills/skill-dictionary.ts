import type { SkillKind, SkillSource } from '#shared/ai/skills.ts';
import { normalizeWord, tokenizeWords } from '#server/ai/offline/text/tokenize-words.ts';
import { ambiguityRuleFor, type AmbiguityRule } from './ambiguous-terms.ts';

/** One skill of the taxonomy with every form that names it. */
export type TaxonomySkill = {
  name: string;
  kind: SkillKind;
  /** Where the canonical name comes from; forms other than the name itself report `alias`. */
  source: SkillSource;
  /** Extra forms; a leading `=` makes that form case-sensitive, `~` case-sensitive and dependent on context. */
  aliases: readonly string[];
  /** Software, programming and IT: the context that settles "Go", "R" or "Swift". */
  technical?: boolean;
};

/** What a dictionary key resolves to. */
export type DictionaryEntry = {
  name: string;
  kind: SkillKind;
  source: SkillSource;
  /** When set, the surface (tokens joined by single spaces) must be one of these exactly. */
  surfaces?: ReadonlySet<string>;
  rule?: AmbiguityRule;
  technical: boolean;
};

export type SkillDictionary = {
  entries: ReadonlyMap<string, DictionaryEntry>;
  /** For each first word, the most words a name starting with it has, so the matcher knows how far to look. */
  spans: ReadonlyMap<string, number>;
};

type Form = { text: string; exact: boolean; ambiguous: boolean };

/** The rule for a one-word product name that is also an ordinary word (`~Slack`): only beside other technical names. */
export const needsContext: AmbiguityRule = { needs: 'context' };

const plainPhrase = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** The words of a phrase as the text tokenizer sees them; plain phrases skip the regex (most of the taxonomy). */
function phraseWords(phrase: string): string[] {
  return plainPhrase.test(phrase) ? phrase.split(' ') : tokenizeWords(phrase).map((token) => token.text);
}

/** Joins the token keys of a phrase: the same key whatever the spacing, hyphens or slashes between words. */
export function phraseKey(phrase: string): string {
  return plainPhrase.test(phrase)
    ? phrase.toLowerCase()
    : tokenizeWords(phrase)
        .map((token) => token.key)
        .join(' ');
}

/** Parses the alias tables' `Canonical|alias|=CaseSensitive` lines. */
export function parseSkillLines(lines: readonly string[], kind: SkillKind, source: SkillSource, technical = false): TaxonomySkill[] {
  return lines.map((line) => {
    const [first = '', ...rest] = line.split('|');
    return { name: first.replace(/^=/, ''), kind, source, aliases: rest, technical };
  });
}

/**
 * Builds the look-up table. Earlier skills win a key both claim, so the curated tables go first and
 * the bulk taxonomies after them. Forms of three characters or fewer, and forms in capitals, are matched case-sensitively.
 */
export function buildSkillDictionary(skills: Iterable<TaxonomySkill>): SkillDictionary {
  const entries = new Map<string, DictionaryEntry>();
  for (const skill of skills) {
    const byKey = new Map<string, Form[]>();
    for (const raw of [skill.name, ...skill.aliases]) {
      const ambiguous = raw.startsWith('~');
      const exact = ambiguous || raw.startsWith('=');
      const text = exact ? raw.slice(1) : raw;
      const words = phraseWords(text);
      const key = normalizeWord(words.join(' '));
      if (!key) continue;
      const forms = byKey.get(key) ?? [];
      // Short forms and forms in capitals ("SQL", "LESS", "TANKS") are acronyms: only as written, never the word "less".
      const acronym = text.replace(/\s/g, '').length <= 3 || (/\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text));
      forms.push({ text: words.join(' '), exact: exact || acronym, ambiguous });
      byKey.set(key, forms);
    }
    const nameKey = phraseKey(skill.name);
    for (const [key, forms] of byKey) {
      if (entries.has(key)) continue;
      const caseSensitive = forms.some((form) => form.exact);
      const surfaces = caseSensitive ? new Set(forms.flatMap((form) => [form.text, form.text.toUpperCase()])) : undefined;
      const rule = ambiguityRuleFor(key) ?? (forms.some((form) => form.ambiguous) ? needsContext : undefined);
      entries.set(key, {
        name: skill.name,
        kind: skill.kind,
        source: key === nameKey ? skill.source : 'alias',
        technical: skill.technical ?? skill.source === 'onet',
        ...(surfaces ? { surfaces } : {}),
        ...(rule ? { rule } : {}),
      });
    }
  }
  return indexEntries(entries);
}

/** Adds what the matcher needs beside the key → entry table: how many words names starting with each word run to. */
export function indexEntries(entries: ReadonlyMap<string, DictionaryEntry>): SkillDictionary {
  const spans = new Map<string, number>();
  for (const key of entries.keys()) {
    const space = key.indexOf(' ');
    const first = space === -1 ? key : key.slice(0, space);
    let count = 1;
    for (let i = space; i !== -1; i = key.indexOf(' ', i + 1)) count += 1;
    const known = spans.get(first);
    if (known === undefined || known < count) spans.set(first, count);
  }
  return { entries, spans };
}
