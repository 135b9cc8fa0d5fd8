import { describe, expect, it } from 'vitest';
import { findPasswordProblem } from './password-policy.ts';

describe('findPasswordProblem', () => {
  it('names each problem', () => {
    expect(findPasswordProblem(undefined)).toMatch(/missing/);
    expect(findPasswordProblem('Ab1')).toMatch(/too short/);
    expect(findPasswordProblem('aaaaaaaaaaaaaa')).toMatch(/too weak/);
    expect(findPasswordProblem('12345678901234')).toMatch(/too weak/);
    expect(findPasswordProblem('x'.repeat(200) + '1')).toMatch(/too long/);
  });

  it('accepts a long mixed password', () => {
    expect(findPasswordProblem('correct horse 42')).toBeUndefined();
    expect(findPasswordProblem('Tr0ub4dor&3x')).toBeUndefined();
  });
});
