import { describe, expect, it } from 'vitest';
import type { CandidateRow } from '#shared/contracts/hiring.ts';
import { sortCandidates } from './sort-candidates.ts';

function row(id: string, name: string | null, score: number, recommendation: CandidateRow['recommendation']): CandidateRow {
  return { id, name, fileName: null, score, recommendation, matched: [], missing: [], additional: [], status: 'new', statusReason: null, masked: name === null };
}

const rows = [row('a0000000-0000', 'Bruno', 50, 'Maybe'), row('b0000000-0000', 'alice', 82, 'Strong Hire'), row('c0000000-0000', 'Chloe', 66, 'Hire'), row('d0000000-0000', 'Dan', 40, 'Pass')];
const ids = (sorted: CandidateRow[]) => sorted.map((item) => item.name);

describe('sortCandidates', () => {
  it('sorts by score either way', () => {
    expect(ids(sortCandidates(rows, { key: 'score', descending: true }))).toEqual(['alice', 'Chloe', 'Bruno', 'Dan']);
    expect(ids(sortCandidates(rows, { key: 'score', descending: false }))).toEqual(['Dan', 'Bruno', 'Chloe', 'alice']);
  });

  it('sorts names ignoring case', () => {
    expect(ids(sortCandidates(rows, { key: 'name', descending: false }))).toEqual(['alice', 'Bruno', 'Chloe', 'Dan']);
    expect(ids(sortCandidates(rows, { key: 'name', descending: true }))).toEqual(['Dan', 'Chloe', 'Bruno', 'alice']);
  });

  it('sorts by recommendation, strongest first, then by score', () => {
    const tied = [...rows, row('e0000000-0000', 'Eve', 70, 'Hire')];
    expect(ids(sortCandidates(tied, { key: 'recommendation', descending: true }))).toEqual(['alice', 'Eve', 'Chloe', 'Bruno', 'Dan']);
  });
});
