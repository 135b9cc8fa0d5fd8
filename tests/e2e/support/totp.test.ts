import { describe, expect, it } from 'vitest';
import { computeTotp } from './totp.ts';

describe('computeTotp', () => {
  // RFC 6238 appendix B, SHA-1 seed "12345678901234567890" (base32 below), 8 digits.
  const seed = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
  ])('matches the RFC test vector at %i s', (seconds, expected) => {
    expect(computeTotp(seed, seconds * 1000, { digits: 8 })).toBe(expected);
  });
});
