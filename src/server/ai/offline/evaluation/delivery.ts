import type { AnalysedText } from './analyse-text.ts';

const fillerPatterns: readonly [string, RegExp][] = [
  ['um', /\b(um+|umm+)\b/gi],
  ['uh', /\b(uh+|er+m?)\b/gi],
  ['hmm', /\bhm+\b/gi],
  ['like', /(,\s*like\b|\blike,|\b(was|is|were|it's|i'm) like\b(?!\s+(a|an|the|to|this|that|it)\b)|\blike\s+(um|uh)\b)/gi],
  ['you know', /\byou know\b(?!\s+(how|what|when|where|why|that|if|the|a|it))/gi],
  ['basically', /\bbasically\b/gi],
  ['actually', /\bactually\b/gi],
  ['literally', /\bliterally\b/gi],
  ['sort of', /\bsort of\b/gi],
  ['kind of', /(?<!\b(what|a|this|that|the|any|some|one|same|every|which)\s)\bkind of\b/gi],
  ['i mean', /\bi mean\b/gi],
  ['so yeah', /\bso yeah\b/gi],
  ['honestly', /\bhonestly\b/gi],
];

export type FillerReport = { count: number; per100Words: number; top: { word: string; count: number }[] };

export function countFillers(text: string, words: number): FillerReport {
  const counts = fillerPatterns
    .map(([word, pattern]) => ({ word, count: [...text.matchAll(pattern)].length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
  const count = counts.reduce((sum, entry) => sum + entry.count, 0);
  return { count, per100Words: words > 0 ? round((count / words) * 100) : 0, top: counts.slice(0, 5) };
}

/** Removes filler words so a rewritten answer keeps the candidate's facts without the hesitations. */
export function removeFillers(text: string): string {
  let cleaned = text;
  for (const [word, pattern] of fillerPatterns) {
    if (word === 'like' || word === 'kind of' || word === 'actually') continue;
    cleaned = cleaned.replace(new RegExp(`${pattern.source},?\\s*`, pattern.flags), '');
  }
  cleaned = cleaned.replace(/^\s*((so|well|okay|ok|like),?\s+)+/i, '').replace(/\blike,\s*/gi, '').replace(/,\s*like,/gi, ',').replace(/\s{2,}/g, ' ').replace(/^\s*[,;]\s*/, '').trim();
  return cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
}

export type OwnershipReport = { i: number; we: number; ratio: number };

export function measureOwnership(analysed: AnalysedText): OwnershipReport {
  let i = 0;
  let we = 0;
  for (const sentence of analysed.sentences) {
    for (const token of sentence.tokens) {
      if (token.lower === 'i' || token.lower === 'me' || token.lower === 'my' || token.lower === 'myself') i += 1;
      else if (token.lower === 'we' || token.lower === 'us' || token.lower === 'our' || token.lower === 'ourselves') we += 1;
    }
  }
  return { i, we, ratio: i + we === 0 ? 0 : round(i / (i + we)) };
}

export type LengthVerdict = 'empty' | 'too_short' | 'ok' | 'too_long';

/** Spoken answers of roughly 40–350 words (about 20 seconds to 2.5 minutes) leave room for a full STAR story. */
export function judgeLength(words: number): LengthVerdict {
  if (words === 0) return 'empty';
  if (words < 40) return 'too_short';
  if (words > 350) return 'too_long';
  return 'ok';
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
