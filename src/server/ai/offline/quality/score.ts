/**
 * Scoring for the quality sets under tests/fixtures/quality (hand-labelled, in the layouts real resume builders, job
 * sites and speakers produce). Shared by `npm run bench -- quality` and the regression test that keeps each figure.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { ParsedResume } from '#shared/ai/resume.ts';

export type Split = 'dev' | 'heldout';
export const splits: Split[] = ['dev', 'heldout'];
export const qualityRoot = new URL('../../../../../tests/fixtures/quality/', import.meta.url);

export type GoldJob = { title: string | null; employer: string | null; start: number | null };
export type GoldResume = {
  profession: 'accounting' | 'engineering' | 'hr' | 'it' | 'other';
  name: string | null;
  jobs: GoldJob[];
  degrees: { degree: string; college: string | null }[];
};
export type ResumeCase = { id: string; text: string; gold: GoldResume };

export function readResumeCases(split: Split): ResumeCase[] {
  const dir = new URL(`resumes/${split}/`, qualityRoot);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.txt$/, ''),
      text: readFileSync(new URL(name, dir), 'utf8'),
      gold: JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.json'), dir), 'utf8')) as GoldResume,
    }));
}

/** Lower case, dots dropped ("B.Tech" = "BTech"), anything else not a letter or digit a space. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tokens(text: string): string[] {
  return normalize(text).split(' ').filter(Boolean);
}

/** Relaxed equality of two short names: the same words, or most of them (Jaccard ≥ 0.6). */
export function sameName(a: string, b: string): boolean {
  const left = new Set(tokens(a));
  const right = new Set(tokens(b));
  if (left.size === 0 || right.size === 0) return false;
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / (left.size + right.size - shared) >= 0.6;
}

/** A degree as written ("Bachelor of Science") is found when the parsed type says it (area kept apart or not). */
export function sameDegree(gold: string, studyType: string): boolean {
  const want = tokens(gold);
  const have = tokens(studyType);
  return sameName(gold, studyType) || (want.every((word) => have.includes(word)) && have.length <= want.length + 3);
}

export type Count = { found: number; predicted: number; gold: number };
export const emptyCount = (): Count => ({ found: 0, predicted: 0, gold: 0 });

/** Greedy one-to-one matching: `found` pairs, against `predicted` and `gold` totals. */
export function countMatches<G, P>(gold: G[], predicted: P[], same: (g: G, p: P) => boolean): Count {
  const used = new Set<number>();
  let found = 0;
  for (const item of gold) {
    const index = predicted.findIndex((candidate, at) => !used.has(at) && same(item, candidate));
    if (index >= 0) {
      used.add(index);
      found += 1;
    }
  }
  return { found, predicted: predicted.length, gold: gold.length };
}

export function add(total: Count, part: Count): void {
  total.found += part.found;
  total.predicted += part.predicted;
  total.gold += part.gold;
}

export const precision = (count: Count) => (count.predicted === 0 ? 0 : count.found / count.predicted);
export const recall = (count: Count) => (count.gold === 0 ? 0 : count.found / count.gold);

export const resumeFields = ['name', 'title', 'employer', 'startYear', 'degree', 'college'] as const;
export type ResumeField = (typeof resumeFields)[number];

/** Per-field counts of one parsed resume against its gold fields. */
export function scoreResume(gold: GoldResume, parsed: ParsedResume): Record<ResumeField, Count> {
  const work = parsed.resume.work ?? [];
  const education = parsed.resume.education ?? [];
  const name = parsed.resume.basics?.name;
  const titles = work.map((job) => job.position).filter((title): title is string => Boolean(title));
  const employers = work.map((job) => job.name).filter((employer): employer is string => Boolean(employer));
  const years = work.map((job) => Number(job.startDate?.slice(0, 4))).filter((year) => Number.isFinite(year) && year > 0);
  const degrees = education.map((item) => item.studyType).filter((type): type is string => Boolean(type));
  const colleges = education.map((item) => item.institution).filter((school): school is string => Boolean(school));
  const goldTitles = gold.jobs.map((job) => job.title).filter((title): title is string => Boolean(title));
  const goldEmployers = gold.jobs.map((job) => job.employer).filter((employer): employer is string => Boolean(employer));
  return {
    name: gold.name
      ? { found: name && normalize(name) === normalize(gold.name) ? 1 : 0, predicted: name ? 1 : 0, gold: 1 }
      : { found: 0, predicted: 0, gold: 0 },
    title: countMatches(goldTitles, titles, sameName),
    employer: countMatches(goldEmployers, employers, sameName),
    startYear: countMatches(
      gold.jobs.map((job) => job.start).filter((year): year is number => year !== null),
      years,
      (a, b) => a === b,
    ),
    degree: countMatches(gold.degrees.map((item) => item.degree), degrees, sameDegree),
    college: countMatches(gold.degrees.map((item) => item.college).filter((school): school is string => Boolean(school)), colleges, sameName),
  };
}

/** Sentences with gold spans in [brackets]: the plain text and the spans' offsets. */
export type SpanCase = { text: string; spans: { start: number; end: number }[] };

export function readSpanCases(split: Split): SpanCase[] {
  return readFileSync(new URL(`skills/${split}.txt`, qualityRoot), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      let text = '';
      const spans: { start: number; end: number }[] = [];
      let open = -1;
      for (const char of line) {
        if (char === '[') open = text.length;
        else if (char === ']') {
          spans.push({ start: open, end: text.length });
          open = -1;
        } else text += char;
      }
      return { text, spans };
    });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Relaxed span matching: a predicted span counts when it overlaps a gold span (one-to-one). */
export function scoreSpans(gold: { start: number; end: number }[], predicted: { start: number; end: number }[]): Count {
  return countMatches(gold, predicted, overlaps);
}

export function f1(count: Count): number {
  const p = precision(count);
  const r = recall(count);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Mean average precision of rankings (each a list of relevance flags, best first) and precision at k. */
export function averagePrecision(relevant: boolean[]): number {
  let hits = 0;
  let sum = 0;
  relevant.forEach((flag, index) => {
    if (!flag) return;
    hits += 1;
    sum += hits / (index + 1);
  });
  return hits === 0 ? 0 : sum / hits;
}

export function precisionAt(relevant: boolean[], k: number): number {
  const top = relevant.slice(0, k);
  return top.length === 0 ? 0 : top.filter(Boolean).length / top.length;
}

export function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / n;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}
