import { describe, expect, it } from 'vitest';
import { isPlaceName } from './place-names.ts';

describe('isPlaceName', () => {
  it.each(['State', 'City , State', 'OH', 'Ohio', 'New York', 'West Virginia', 'Columbus, OH', 'Remote'])('%j is a place', (text) => {
    expect(isPlaceName(text)).toBe(true);
  });
  it.each(['Senior Accountant', 'Accountant, Senior', 'Lead', 'HR Generalist', '', 'Company Name'])('%j is not', (text) => {
    expect(isPlaceName(text)).toBe(false);
  });
});
