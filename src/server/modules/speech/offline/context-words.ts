import type { TranscriptWord } from '#shared/contracts/speech.ts';
import { phoneDistance } from './phone-distance.ts';

/** How each spelling sounds: CMU phones without stress marks, e.g. "kafka" → ["k", "aa", "f", "k", "ah"]. */
export type Pronunciations = ReadonlyMap<string, readonly string[]>;

/**
 * A term the answer is likely to contain (a tool, an employer, a skill) and how it sounds. Only names (written with a
 * capital or a digit: "Kotlin", "QuickBooks", "SQL") replace sound-alikes; ordinary words ("build", "ledgers") sound
 * like their own inflections, so they only join up when heard apart ("on boarding" → "onboarding").
 */
type ContextTerm = { text: string; phones: readonly string[]; key: string; isName: boolean };

/** A run of one to three heard words sounding close enough to a context term to be replaced by it. */
type Replacement = { from: number; to: number; term: ContextTerm; distance: number };

/**
 * At most this far apart (weighted phone edits over the longer side's phones). Chosen on sentences written for tuning
 * ("fire base" → Firebase, "coddling" → Kotlin), then checked on the speech bench's own answers, which it never saw.
 */
export const maxDistance = 0.3;
/** Shorter terms ("AWS", "SAP") sound like too many ordinary words to be safe replacements. */
const minTermPhones = 4;
const maxSpanWords = 3;

const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

export function tokensOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9']+/).filter((token) => token !== '');
}

function termOf(text: string, pronunciations: Pronunciations): ContextTerm | undefined {
  const phones: string[] = [];
  for (const token of tokensOf(text)) {
    const sounds = pronunciations.get(token);
    if (!sounds) return undefined;
    phones.push(...sounds);
  }
  return phones.length >= minTermPhones ? { text: text.trim(), phones, key: compact(text), isName: /[A-Z0-9]/.test(text) } : undefined;
}

function spanPhones(words: readonly TranscriptWord[], from: number, to: number, pronunciations: Pronunciations): string[] | undefined {
  const phones: string[] = [];
  for (let index = from; index <= to; index += 1) {
    const tokens = tokensOf(words[index]!.word);
    for (const token of tokens) {
      const sounds = pronunciations.get(token);
      if (!sounds) return undefined;
      phones.push(...sounds);
    }
  }
  return phones;
}

function candidates(words: readonly TranscriptWord[], terms: readonly ContextTerm[], pronunciations: Pronunciations): Replacement[] {
  const found: Replacement[] = [];
  for (let from = 0; from < words.length; from += 1) {
    for (let to = from; to < Math.min(words.length, from + maxSpanWords); to += 1) {
      const heard = spanPhones(words, from, to, pronunciations);
      if (!heard) break;
      const spelled = compact(words.slice(from, to + 1).map((entry) => entry.word).join(''));
      for (const term of terms) {
        if (spelled === term.key) {
          // Heard as written, or written apart ("fire base"): always right, and ahead of any sound-alike.
          found.push({ from, to, term, distance: 0 });
          continue;
        }
        if (!term.isName) continue;
        const distance = phoneDistance(heard, term.phones);
        if (distance <= maxDistance) found.push({ from, to, term, distance });
      }
    }
  }
  return found;
}

/**
 * Puts the words the answer was expected to contain back where the decoder heard something that sounds like them:
 * pocketsphinx's general model knows "coddling" but not "Kotlin", and writes "Firebase" as "fire base". The closest
 * replacements win; a replaced run keeps its timing and the lowest confidence of its words, so the correction box still
 * asks the candidate to check it.
 */
export function applyContextWords(words: readonly TranscriptWord[], context: readonly string[], pronunciations: Pronunciations): TranscriptWord[] {
  const terms = [...new Map(context.map((text) => termOf(text, pronunciations)).filter((term) => term !== undefined).map((term) => [term.key, term])).values()];
  if (terms.length === 0 || words.length === 0) return [...words];
  const chosen: Replacement[] = [];
  const taken = new Set<number>();
  const ranked = candidates(words, terms, pronunciations).sort((a, b) => a.distance - b.distance || b.to - b.from - (a.to - a.from));
  for (const replacement of ranked) {
    const span = Array.from({ length: replacement.to - replacement.from + 1 }, (_, offset) => replacement.from + offset);
    if (span.some((index) => taken.has(index))) continue;
    span.forEach((index) => taken.add(index));
    chosen.push(replacement);
  }
  const byStart = new Map(chosen.map((replacement) => [replacement.from, replacement]));
  const result: TranscriptWord[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const replacement = byStart.get(index);
    if (!replacement) {
      if (!chosen.some((other) => index > other.from && index <= other.to)) result.push(words[index]!);
      continue;
    }
    const span = words.slice(replacement.from, replacement.to + 1);
    const confidences = span.map((entry) => entry.confidence).filter((value) => value !== null);
    result.push({
      word: replacement.term.text,
      startMs: span[0]!.startMs,
      endMs: span.at(-1)!.endMs,
      confidence: confidences.length > 0 ? Math.min(...confidences) : null,
    });
  }
  return result;
}
