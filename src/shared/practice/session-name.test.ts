import { describe, expect, it } from 'vitest';
import { defaultSessionName } from './session-name.ts';

describe('default practice session names', () => {
  const day = new Date('2026-12-07T04:31:00Z');
  it('names the role, the type and the day', () => {
    expect(defaultSessionName({ targetRole: 'Accountant', interviewType: 'behavioural', day, taken: [] })).toBe('Accountant · Behavioural · 7 Dec 2026');
    expect(defaultSessionName({ targetRole: 'Accountant', interviewType: 'technical', day, taken: ['Accountant · Behavioural · 7 Dec 2026'] })).toBe(
      'Accountant · Technical · 7 Dec 2026',
    );
  });

  it('numbers a second and third session of the same kind on the same day', () => {
    const first = 'Accountant · Behavioural · 7 Dec 2026';
    expect(defaultSessionName({ targetRole: 'Accountant', interviewType: 'behavioural', day, taken: [first] })).toBe(`${first} (2)`);
    expect(defaultSessionName({ targetRole: 'Accountant', interviewType: 'behavioural', day, taken: [first, `${first} (2)`] })).toBe(`${first} (3)`);
  });
});
