import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path.ts';

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/settings/security?tab=1')).toBe('/settings/security?tab=1');
  });
  it('refuses other sites and odd values', () => {
    for (const value of ['https://evil.example', '//evil.example/x', '/\\evil.example', 'settings', '', null, undefined]) {
      expect(safeNextPath(value)).toBe('/');
    }
  });
});
