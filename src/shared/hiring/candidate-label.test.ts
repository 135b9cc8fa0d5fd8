import { describe, expect, it } from 'vitest';
import { candidateLabel, candidateLongLabel } from './candidate-label.ts';

const id = '3f2a9c10-4b5e-4d6f-8a7b-9c0d1e2f3a4b';

describe('candidateLabel', () => {
  it('names a visible candidate, and says when the CV gave no name, with the file beside it', () => {
    expect(candidateLabel({ id, name: 'Maya Chen', fileName: 'maya.pdf', masked: false })).toBe('Maya Chen');
    expect(candidateLabel({ id, name: null, fileName: 'cv-17.pdf', masked: false })).toBe('Name not found');
    expect(candidateLongLabel({ id, name: null, fileName: 'cv-17.pdf', masked: false })).toBe('Name not found (cv-17.pdf)');
    expect(candidateLongLabel({ id, name: 'Maya Chen', fileName: 'maya.pdf', masked: false })).toBe('Maya Chen');
    expect(candidateLongLabel({ id, name: null, fileName: 'cv-17.pdf', masked: true })).toBe('Candidate 3F2A9C');
  });

  it('never uses a name or file name of a masked candidate, even if one is present', () => {
    expect(candidateLabel({ id, name: 'Maya Chen', fileName: 'maya.pdf', masked: true })).toBe('Candidate 3F2A9C');
    expect(candidateLabel({ id, name: null, fileName: null, masked: true })).toBe('Candidate 3F2A9C');
  });
});
