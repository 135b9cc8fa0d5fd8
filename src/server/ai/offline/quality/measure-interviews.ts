/** The whole-interview rating on the hand-rated mock interviews of tests/fixtures/quality/interviews (see its RUBRIC.md). */
import { readFileSync, readdirSync } from 'node:fs';
import { createTextAnalyser } from '#server/ai/offline/evaluation/analyse-text.ts';
import type { SpokenTurn } from '#server/ai/offline/review/pair-turns.ts';
import { reviewTranscript, type TranscriptReview } from '#server/ai/offline/review/review-transcript.ts';
import { qualityRoot, type Split } from './score.ts';

export type InterviewCase = { id: string; turns: SpokenTurn[]; rating: number };

/** `I:` and `C:` lines are the interviewer's and the candidate's turns; the sibling JSON holds the human rating. */
export function readInterviewCases(split: Split): InterviewCase[] {
  const dir = new URL(`interviews/${split}/`, qualityRoot);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const turns = readFileSync(new URL(name, dir), 'utf8')
        .split('\n')
        .flatMap((line): SpokenTurn[] => {
          const match = /^([IC]):\s*(.*)$/.exec(line.trim());
          return match ? [{ role: match[1] === 'I' ? 'interviewer' : 'candidate', text: match[2] ?? '' }] : [];
        });
      const gold = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.json'), dir), 'utf8')) as { rating: number };
      return { id: name.replace(/\.txt$/, ''), turns, rating: gold.rating };
    });
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return 0;
  const mean = (values: readonly number[]) => values.slice(0, n).reduce((sum, value) => sum + value, 0) / n;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let index = 0; index < n; index += 1) {
    const dx = (xs[index] ?? 0) - mx;
    const dy = (ys[index] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

export type InterviewFigures = { interviews: number; pearson: number };

/** Each case reviewed with a fresh analyser (no memo shared between cases), with the time each review took. */
export function reviewInterviewCases(split: Split): { item: InterviewCase; review: TranscriptReview; ms: number }[] {
  return readInterviewCases(split).map((item) => {
    const analyse = createTextAnalyser();
    const started = performance.now();
    const review = reviewTranscript({ id: item.id, turns: item.turns }, analyse);
    return { item, review, ms: performance.now() - started };
  });
}

export function measureInterviews(split: Split): InterviewFigures {
  const reviewed = reviewInterviewCases(split);
  const r = pearson(reviewed.map(({ review }) => review.rating), reviewed.map(({ item }) => item.rating));
  return { interviews: reviewed.length, pearson: Math.round(r * 1000) / 1000 };
}
