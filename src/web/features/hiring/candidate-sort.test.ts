import { describe, expect, it } from 'vitest';
import { toCandidateSort } from './candidate-sort.ts';

describe('toCandidateSort', () => {
  it('asks the server for a column in the direction it is first read, and for the reverse with a "-"', () => {
    expect(toCandidateSort({ key: 'score', descending: true })).toBe('score');
    expect(toCandidateSort({ key: 'score', descending: false })).toBe('-score');
    expect(toCandidateSort({ key: 'name', descending: false })).toBe('name');
    expect(toCandidateSort({ key: 'name', descending: true })).toBe('-name');
    expect(toCandidateSort({ key: 'recommendation', descending: true })).toBe('recommendation');
    expect(toCandidateSort({ key: 'recommendation', descending: false })).toBe('-recommendation');
  });
});
