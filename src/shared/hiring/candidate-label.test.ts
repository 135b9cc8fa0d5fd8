import { describe, expect, it } from 'vitest';
import { candidateLabel } from './candidate-label.ts';

const id = '3f2a9c10-4b5e-4d6f-8a7b-9c0d1e2f3a4b';

describe('candidateLabel', () => {
  it('names a visible candidate, falling back to the file name', () => {
    expect(candidateLabel({ id, name: 'Maya Chen', fileName: 'maya.pdf', masked: false })).toBe('Maya Chen');
    expect(candidateLabel({ id, name: null, fileName: 'cv-17.pdf', masked: false })).toBe('cv-17.pdf');
  });

  it('never uses a name or file name of a masked candidate, even if one is present', () => {
    expect(candidateLabel({ id, name: 'Maya Chen', fileName: 'maya.pdf', masked: true })).toBe('Candidate 3F2A9C');
    expect(candidateLabel({ id, name: null, fileName: null, masked: true })).toBe('Candidate 3F2A9C');
  });
});
