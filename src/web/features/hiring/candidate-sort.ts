import type { CandidateSort } from '#shared/contracts/hiring.ts';

export type CandidateSortKey = 'score' | 'name' | 'recommendation';
/** A sorted column of the ranking table and its direction. */
export type ColumnSort = { key: CandidateSortKey; descending: boolean };

/** The order a column sorts in when first chosen: best scores and strongest recommendations first, names A→Z. */
export const firstSortDirection: Record<CandidateSortKey, boolean> = { score: true, recommendation: true, name: false };

/**
 * The server's order for a column and direction: the key alone sorts the way the column is first read (best first,
 * A→Z), a leading "-" reverses it. The server sorts every candidate, so the order holds across pages.
 */
export function toCandidateSort(sort: ColumnSort): CandidateSort {
  return sort.descending === firstSortDirection[sort.key] ? sort.key : `-${sort.key}`;
}
