import { describe, expect, it } from 'vitest';
import { maskText } from './blind-mode.ts';

const cv = 'Maya Chen\nmaya.chen@example.com | +1 (415) 555-0132 | https://github.com/mayachen\nStripe 2019 - 2023\nMaya led the Kafka migration.';

describe('maskText', () => {
  it('hides the name and its parts, email, phone and links, keeping every offset in place', () => {
    const masked = maskText(cv, { name: 'Maya Chen', email: 'maya.chen@example.com', phone: '+1 (415) 555-0132' });
    expect(masked).toHaveLength(cv.length);
    expect(masked).not.toMatch(/Maya|Chen|example\.com|555|github/);
    expect(masked).toContain('Stripe 2019 - 2023');
    expect(masked.indexOf('Kafka')).toBe(cv.indexOf('Kafka'));
  });

  it('masks entity spans given as offsets', () => {
    const text = 'Lives in Springfield and codes Go.';
    const start = text.indexOf('Springfield');
    expect(maskText(text, { spans: [{ start, end: start + 'Springfield'.length }] })).toBe('Lives in ███████████ and codes Go.');
  });

  it('does not mask words that merely contain a name part', () => {
    expect(maskText('Ann works on annual planning.', { name: 'Ann Lee' })).toBe('███ works on annual planning.');
  });
});
