/**
 * Skill and knowledge phrases that are not taxonomy names (decision 050): job postings name skills as verb phrases
 * ("prepare monthly financial statements", "work independently") and knowledge as noun phrases after a cue
 * ("knowledge of accounting principles"). Rules, no tagger: a phrase is only read where the sentence states a duty or
 * a requirement (an imperative line, "you will", "ability to", "experience with", "knowledge of" …), its verb must be
 * one the taxonomy starts skills with, its head noun a word of the taxonomy and not a generic word ("team",
 * "benefits"). Deterministic; offsets are JavaScript string indices, end exclusive, at word boundaries.
 */
import { tokenizeWords, type WordToken } from '#server/ai/offline/text/tokenize-words.ts';
import type { SkillDictionary } from './skill-dictionary.ts';
import {
  beforeGerund,
  beforeVerb,
  determiners,
  extraVerbs,
  genericTails,
  itemLeads,
  joinedByWith,
  knowledgeCues,
  lyWords,
  notVerbs,
  nounFirstWords,
  offerLine,
  particles,
  peopleHeads,
  peopleVerbs,
  phraseEnds,
  skillNounStops,
  stopHeads,
  verbComplements,
  verbPrepositions,
} from './skill-phrase-words.ts';

export type SkillPhrase = { start: number; end: number; kind: 'skill' | 'knowledge' };

type Vocabulary = { verbs: ReadonlySet<string>; words: ReadonlySet<string> };
const vocabularies = new WeakMap<SkillDictionary, Vocabulary>();

/** The taxonomy's vocabulary: verbs its skills start with (twice or more), and every word of its names. */
function vocabularyOf(dictionary: SkillDictionary): Vocabulary {
  const known = vocabularies.get(dictionary);
  if (known) return known;
  const firstWords = new Map<string, number>();
  const words = new Set<string>();
  for (const [key, entry] of dictionary.entries) {
    const parts = key.split(' ');
    for (const part of parts) words.add(part);
    if (parts.length > 1 && entry.kind === 'skill' && !(parts[0] as string).endsWith('ing')) {
      firstWords.set(parts[0] as string, (firstWords.get(parts[0] as string) ?? 0) + 1);
    }
  }
  // A first word is a verb when the taxonomy also starts skills with its -ing or -ed form ("manage", "managing");
  // that leaves out adjectives and nouns ("written communication", "customer service").
  const inflected = (word: string) =>
    [`${word}ing`, `${word}ed`, `${word.replace(/e$/, '')}ing`, `${word}${word.at(-1) ?? ''}ing`].some((form) => firstWords.has(form));
  const verbs = new Set(extraVerbs);
  for (const [word, count] of firstWords) {
    if (count >= 2 && !notVerbs.has(word) && !nounFirstWords.has(word) && !/(?:ing|ed|s)$/.test(word) && inflected(word)) verbs.add(word);
  }
  const vocabulary = { verbs, words };
  vocabularies.set(dictionary, vocabulary);
  return vocabulary;
}

/** "preparing" → "prepare", "planning" → "plan", "analysing" → "analyse"; undefined when no known verb fits. */
function verbOfGerund(word: string, verbs: ReadonlySet<string>): string | undefined {
  if (!word.endsWith('ing') || word.length < 5) return undefined;
  const stem = word.slice(0, -3);
  if (verbs.has(stem)) return stem;
  if (verbs.has(`${stem}e`)) return `${stem}e`;
  if (stem.length > 2 && stem.at(-1) === stem.at(-2) && verbs.has(stem.slice(0, -1))) return stem.slice(0, -1);
  return undefined;
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Whether the characters between two words break a phrase (punctuation other than a hyphen, slash or apostrophe). */
const breaks = (gap: string) => /[,;:()[\]!?.•·|"\n]/.test(gap);

/** A noun phrase's head is skill-like: a word of the taxonomy, not a generic word, not a number. */
function skillHead(word: WordToken, vocabulary: Vocabulary, verb?: string): boolean {
  const key = word.key;
  if (/^\d/.test(key)) return false;
  if (stopHeads.has(key) && !(verb && peopleVerbs.has(verb) && peopleHeads.has(key))) return false;
  return vocabulary.words.has(key) || vocabulary.words.has(singular(key));
}

class Reader {
  readonly phrases: SkillPhrase[] = [];
  private readonly gaps: string[];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly WordToken[],
    private readonly vocabulary: Vocabulary,
    lineStart: number,
  ) {
    this.gaps = tokens.map((token, index) => text.slice(index === 0 ? lineStart : (tokens[index - 1] as WordToken).end, token.start));
  }

  private key(index: number): string {
    return this.tokens[index]?.key ?? '';
  }

  /** Whether a phrase may run from token index-1 into index (no punctuation between them). */
  private joined(index: number): boolean {
    return index < this.tokens.length && !breaks(this.gaps[index] ?? '');
  }

  private isVerb(index: number): boolean {
    const key = this.key(index);
    return this.vocabulary.verbs.has(key) && !notVerbs.has(key);
  }

  private add(first: number, last: number, kind: SkillPhrase['kind']): void {
    const start = (this.tokens[first] as WordToken).start;
    const end = (this.tokens[last] as WordToken).end;
    if (this.phrases.some((phrase) => phrase.start < end && start < phrase.end)) return;
    this.phrases.push({ start, end, kind });
  }

  /**
   * The end of an object noun phrase starting at `from`: through "of" and "and"/"or" that join nouns, up to a
   * preposition, a clause word, punctuation or "and" + a verb (the next duty). -1 when there is none.
   */
  private objectEnd(from: number, limit = 8): number {
    let last = -1;
    for (let index = from; index < this.tokens.length && index < from + limit; index += 1) {
      if (index > from && !this.joined(index)) break;
      const key = this.key(index);
      const hyphened = index > from && /-/.test(this.gaps[index] ?? '');
      const joins = key === 'with' && joinedByWith.has(this.key(index - 1));
      if (!hyphened && !joins && (phraseEnds.has(key) || (/ly$/.test(key) && key.length > 4 && !lyWords.has(key)))) break;
      if ((key === 'and' || key === 'or' || key === '&') && (this.isVerb(index + 1) || verbOfGerund(this.key(index + 1), this.vocabulary.verbs))) break;
      last = index;
    }
    // No trailing joiner, determiner or "of".
    while (last >= from && ['and', 'or', '&', 'of', ...determiners].includes(this.key(last))) last -= 1;
    return last;
  }

  /** A duty starting with the verb at `index` (base form, or -ing when `gerund`); returns the next index to read. */
  verbPhrase(index: number): number {
    const verb = this.key(index);
    const base = this.vocabulary.verbs.has(verb) ? verb : verbOfGerund(verb, this.vocabulary.verbs) ?? verb;
    let cursor = index + 1;
    // "plan and execute", "load and unload", "design and implement"
    while (['and', 'or', '&'].includes(this.key(cursor)) && this.joined(cursor) && this.joined(cursor + 1) && this.joined(cursor + 2) && (this.isVerb(cursor + 1) || verbOfGerund(this.key(cursor + 1), this.vocabulary.verbs))) {
      const after = this.key(cursor + 2);
      if (['and', 'or', '&'].includes(after) || phraseEnds.has(after)) break;
      cursor += 2;
    }
    if (particles.has(this.key(cursor)) && this.joined(cursor)) cursor += 1;
    if (verbComplements.has(this.key(cursor)) && this.joined(cursor)) {
      this.add(index, cursor, 'skill');
      return cursor + 1;
    }
    if (this.key(cursor) === 'under' && this.key(cursor + 1) === 'pressure' && this.joined(cursor)) {
      this.add(index, cursor + 1, 'skill');
      return cursor + 2;
    }
    if (verbPrepositions.get(base)?.has(this.key(cursor)) && this.joined(cursor)) cursor += 1;
    if (!this.joined(cursor)) return cursor;
    const end = this.objectEnd(cursor);
    if (end < cursor) return cursor;
    // The head is the last word before a trailing "of …" tail's own head: "the design of electrical control panels" → panels.
    if (!skillHead(this.tokens[end] as WordToken, this.vocabulary, base)) return end + 1;
    const objectWords = this.tokens.slice(cursor, end + 1).filter((token) => !determiners.has(token.key));
    // "Grow your career", "Build your future": the offer speaking to the reader, not a duty.
    if (objectWords.length === 0 || this.key(cursor) === 'your') return end + 1;
    this.add(index, end, 'skill');
    return end + 1;
  }

  /** The knowledge items after a cue ("knowledge of FMLA, ADA and state labor laws"); returns the next index. */
  knowledgeList(from: number): number {
    let index = from;
    while (index < this.tokens.length) {
      if (index > from && ['such', 'including', 'especially', 'like', 'e.g'].includes(this.key(index))) {
        index += this.key(index) === 'such' && this.key(index + 1) === 'as' ? 2 : 1;
      }
      // Skip how-much words and determiners before the item.
      while (itemLeads.has(this.key(index)) && index < this.tokens.length && (index === from || this.joined(index) || itemLeads.has(this.key(index)))) index += 1;
      if (index >= this.tokens.length) break;
      if (verbOfGerund(this.key(index), this.vocabulary.verbs)) {
        index = this.verbPhrase(index);
      } else {
        let end = index;
        while (end + 1 < this.tokens.length && end + 1 < index + 6 && this.joined(end + 1)) {
          const next = this.key(end + 1);
          if (phraseEnds.has(next) || next === 'and' || next === 'or' || next === '&' || next === 'of') break;
          end += 1;
        }
        let last = end;
        while (last > index && genericTails.has(this.key(last))) last -= 1;
        const head = this.tokens[last] as WordToken;
        const acronym = /^[A-Z][A-Z0-9&+#.]{1,7}$/.test(head.text);
        if (!genericTails.has(head.key) && (acronym || skillHead(head, this.vocabulary))) this.add(index, last, 'knowledge');
        index = end + 1;
      }
      // The list goes on after a comma, "and", "or", "such as", "including"; anything else ends it.
      const next = this.key(index);
      if (['and', 'or', '&'].includes(next)) {
        index += 1;
        continue;
      }
      if (['such', 'including', 'especially', 'like', 'e.g'].includes(next)) continue;
      if (index < this.tokens.length && /^\s*,\s*$/.test(this.gaps[index] ?? '') && !phraseEnds.has(next)) {
        if (next === 'and' || next === 'or') index += 1;
        continue;
      }
      break;
    }
    return index;
  }

  /** "communication skills", "verbal and written communication skills", "problem-solving abilities". */
  skillNouns(index: number): void {
    let first = index;
    while (first - 1 >= 0 && first > index - 5 && this.joined(first)) {
      const previous = this.key(first - 1);
      if (itemLeads.has(previous) || phraseEnds.has(previous) || skillNounStops.has(previous) || /^\d/.test(previous)) break;
      first -= 1;
    }
    while (first < index && ['and', 'or', '&'].includes(this.key(first))) first += 1;
    if (first < index) this.add(first, index, 'skill');
  }

  read(): void {
    const { tokens } = this;
    let index = 0;
    while (index < tokens.length) {
      const key = this.key(index);
      const previous = index > 0 && this.joined(index) ? this.key(index - 1) : '';
      const lineStart = index === 0 && /^[\s\-–•*·▪◦>0-9.)]*$/.test(this.gaps[0] ?? '');
      const capital = /^\p{Lu}/u.test(tokens[index]?.text ?? '');
      if (this.isVerb(index) && ((lineStart && capital) || beforeVerb.has(previous) || previous === 'you')) {
        index = Math.max(index + 1, this.verbPhrase(index));
        continue;
      }
      if (previous && beforeGerund.has(previous) && verbOfGerund(key, this.vocabulary.verbs) && !notVerbs.has(key)) {
        index = Math.max(index + 1, this.verbPhrase(index));
        continue;
      }
      const cue = knowledgeCues.get(key);
      if (cue && cue.has(this.key(index + 1)) && this.joined(index + 1)) {
        index = Math.max(index + 2, this.knowledgeList(index + 2));
        continue;
      }
      if ((key === 'skills' || key === 'abilities' || key === 'skill') && index > 0) this.skillNouns(index);
      index += 1;
    }
  }
}

/** Lines and sentences: a phrase never runs across them. */
function* segments(text: string): Generator<{ start: number; end: number }> {
  const pattern = /[^\n.;!?]+(?:[.!?](?=\S)[^\n.;!?]*)*/g;
  for (const match of text.matchAll(pattern)) yield { start: match.index, end: match.index + match[0].length };
}

/** Skill and knowledge phrases of a text, in order, never overlapping one another. */
export function findSkillPhrases(dictionary: SkillDictionary, text: string): SkillPhrase[] {
  const vocabulary = vocabularyOf(dictionary);
  const phrases: SkillPhrase[] = [];
  for (const segment of segments(text)) {
    const line = text.slice(segment.start, segment.end);
    if (offerLine.test(line)) continue;
    const tokens = tokenizeWords(line).map((token) => ({ ...token, start: token.start + segment.start, end: token.end + segment.start }));
    if (tokens.length === 0) continue;
    const reader = new Reader(text, tokens, vocabulary, segment.start);
    reader.read();
    phrases.push(...reader.phrases);
  }
  return phrases.sort((a, b) => a.start - b.start);
}
