import type { CandidateRow, Recommendation } from '#shared/contracts/hiring.ts';
import { candidateLabel } from '#shared/hiring/candidate-label.ts';

export type CandidateSortKey = 'score' | 'name' | 'recommendation';
export type CandidateSort = { key: CandidateSortKey; descending: boolean };

/** The order a column sorts in when first chosen: best scores and strongest recommendations first, names A→Z. */
export const firstSortDirection: Record<CandidateSortKey, boolean> = { score: true, recommendation: true, name: false };

const recommendationRank: Record<Recommendation, number> = { 'Strong Hire': 4, Hire: 3, Maybe: 2, Pass: 1 };

function compareBy(key: CandidateSortKey, a: CandidateRow, b: CandidateRow): number {
  switch (key) {
    case 'score':
      return a.score - b.score;
    case 'recommendation':
      return (a.recommendation ? recommendationRank[a.recommendation] : 0) - (b.recommendation ? recommendationRank[b.recommendation] : 0) || a.score - b.score;
    case 'name':
      return candidateLabel(a).localeCompare(candidateLabel(b), undefined, { sensitivity: 'base' });
  }
}

/** The ranking in the order the recruiter asked for; ties keep the server's order (best score first). */
export function sortCandidates(rows: readonly CandidateRow[], sort: CandidateSort): CandidateRow[] {
  const direction = sort.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => direction * compareBy(sort.key, a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}
