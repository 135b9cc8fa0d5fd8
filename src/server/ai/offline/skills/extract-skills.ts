import type { SkillMention } from '#shared/ai/skills.ts';
import { isPhraseGap, tokenizeWords, type WordToken } from '#server/ai/offline/text/tokenize-words.ts';
import { loadSkillDictionary } from './load-taxonomy.ts';
import { acceptCandidate, type Candidate } from './resolve-ambiguity.ts';
import type { DictionaryEntry, SkillDictionary } from './skill-dictionary.ts';
import { findSkillPhrases } from './skill-phrases.ts';

type Hit = Candidate & { entry: DictionaryEntry };

/** "forklifts" → "forklift", "policies" → "policy", "businesses" → "business"; undefined for words that are not plurals. */
function singularOf(word: string): string | undefined {
  if (word.length <= 4 || !word.endsWith('s') || word.endsWith('ss')) return undefined;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:sses|ches|shes|xes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The entry for a phrase, or for its singular form ("operated forklifts") when that entry is not case-sensitive. */
function lookUp(dictionary: SkillDictionary, key: string, lastWord: string, surface: string): DictionaryEntry | undefined {
  const entry = dictionary.entries.get(key);
  if (entry) return !entry.surfaces || entry.surfaces.has(surface) ? entry : undefined;
  const singular = singularOf(lastWord);
  if (!singular) return undefined;
  const fallback = dictionary.entries.get(key.slice(0, key.length - lastWord.length) + singular);
  return fallback && !fallback.surfaces && !fallback.rule ? fallback : undefined;
}

function findHits(text: string, tokens: readonly WordToken[], dictionary: SkillDictionary): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: { last: number; entry: DictionaryEntry } | undefined;
    const firstKey = (tokens[i] as WordToken).key;
    const singular = singularOf(firstKey);
    const span = Math.max(dictionary.spans.get(firstKey) ?? 0, singular && dictionary.entries.has(singular) ? 1 : 0);
    let key = '';
    let surface = '';
    for (let j = i; j < tokens.length && j < i + span; j += 1) {
      const token = tokens[j] as WordToken;
      if (j > i) {
        const previous = tokens[j - 1] as WordToken;
        if (!isPhraseGap(text.slice(previous.end, token.start))) break;
        key += ` ${token.key}`;
        surface += ` ${token.text}`;
      } else {
        key = token.key;
        surface = token.text;
      }
      const entry = lookUp(dictionary, key, token.key, surface);
      if (entry) best = { last: j, entry };
    }
    if (!best) {
      i += 1;
      continue;
    }
    const first = tokens[i] as WordToken;
    const last = tokens[best.last] as WordToken;
    hits.push({
      first: i,
      last: best.last,
      start: first.start,
      end: last.end,
      kind: best.entry.kind,
      technical: best.entry.technical,
      entry: best.entry,
      ...(best.entry.rule ? { rule: best.entry.rule } : {}),
    });
    i = best.last + 1;
  }
  return hits;
}

function confidenceOf(hit: Hit): number {
  if (!hit.rule) return hit.entry.source === 'alias' ? 0.95 : 1;
  return hit.rule.needs === 'capital' ? 0.9 : 0.8;
}

/** Finds skills in any text with a given dictionary: longest match wins, spans never overlap. */
export function extractSkillsWith(dictionary: SkillDictionary, text: string): SkillMention[] {
  const tokens = tokenizeWords(text);
  const hits = findHits(text, tokens, dictionary);
  const trusted: Hit[] = hits.filter((hit) => !hit.rule);
  const accepted = new Set<Hit>(trusted);
  // Two rounds, so an accepted ambiguous name ("Go" beside "Python") can vouch for the next ("Rust").
  for (let round = 0; round < 2; round += 1) {
    const context = [...accepted];
    for (const hit of hits) {
      if (!accepted.has(hit) && acceptCandidate(text, tokens, hit, context)) accepted.add(hit);
    }
  }
  // A name settled by context once ("Skills: Go, Rust") is the same name elsewhere in the text ("APIs in Go serving…").
  const settled = new Set([...accepted].filter((hit) => hit.rule).map((hit) => hit.entry.name));
  for (const hit of hits) {
    if (!accepted.has(hit) && settled.has(hit.entry.name) && acceptCandidate(text, tokens, hit, [], true)) accepted.add(hit);
  }
  return hits
    .filter((hit) => accepted.has(hit))
    .map((hit) => ({
      start: hit.start,
      end: hit.end,
      text: text.slice(hit.start, hit.end),
      name: hit.entry.name,
      kind: hit.entry.kind,
      source: hit.entry.source,
      confidence: confidenceOf(hit),
    }));
}

/** Finds skills with the shipped taxonomy (loaded once, on first use). Offsets are JavaScript string indices, end exclusive. */
export function extractSkills(text: string): SkillMention[] {
  return extractSkillsWith(loadSkillDictionary(), text);
}

/**
 * Skill spans for a span task (decision 050): the taxonomy's names plus the phrases that state a duty or a piece of
 * knowledge in a requirement ("prepare monthly financial statements", "knowledge of accounting principles"). A phrase
 * holding one name stands for it (named after it); a phrase that lists several names ("operate forklifts and pallet
 * jacks") gives way to them. Phrases are `source: 'phrase'`, confidence 0.6: not for skill lists shown to people.
 */
export function extractSkillSpansWith(dictionary: SkillDictionary, text: string): SkillMention[] {
  const names = extractSkillsWith(dictionary, text);
  const phrases = findSkillPhrases(dictionary, text);
  const dropped = new Set<SkillMention>();
  const kept: SkillMention[] = [];
  for (const phrase of phrases) {
    const inner = names.filter((name) => name.start < phrase.end && phrase.start < name.end);
    const listed = inner.length >= 2 && inner.some((name, at) => at > 0 && /[,&]|\b(?:and|or)\b/.test(text.slice((inner[at - 1] as SkillMention).end, name.start)));
    if (listed) continue;
    for (const name of inner) dropped.add(name);
    const written = text.slice(phrase.start, phrase.end);
    const named = inner.length === 1 ? (inner[0] as SkillMention) : undefined;
    kept.push({
      start: phrase.start,
      end: phrase.end,
      text: written,
      name: named?.name ?? written.replace(/\s+/g, ' '),
      kind: named?.kind ?? phrase.kind,
      source: 'phrase',
      confidence: 0.6,
    });
  }
  return [...names.filter((name) => !dropped.has(name)), ...kept].sort((a, b) => a.start - b.start);
}

/** Skill spans (names and phrases) with the shipped taxonomy. */
export function extractSkillSpans(text: string): SkillMention[] {
  return extractSkillSpansWith(loadSkillDictionary(), text);
}
