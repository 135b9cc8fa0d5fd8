import { describe, expect, it } from 'vitest';
import type { Resume } from '#shared/ai/resume.ts';
import { createPersonalDataMasker, maskPersonalData, personalDetailsOf } from './mask-personal-data.ts';

const cv = 'Maya Chen\nmaya.chen@example.com | +1 (415) 555-0132 | https://github.com/mayachen\nStripe 2019 - 2023\nMaya led the Kafka migration.';
const maya = { name: 'Maya Chen', email: 'maya.chen@example.com', phone: '+1 (415) 555-0132' };

describe('the blind-screening masker', () => {
  it('hides the name and its parts, email, phone and links, keeping every offset in place', () => {
    const masked = maskPersonalData(cv, maya);
    expect(masked).toHaveLength(cv.length);
    expect(masked).not.toMatch(/Maya|Chen|example\.com|555|github/);
    expect(masked).toContain('Stripe 2019 - 2023');
    expect(masked.indexOf('Kafka')).toBe(cv.indexOf('Kafka'));
    expect(masked.split('\n').map((line) => line.length)).toEqual(cv.split('\n').map((line) => line.length));
  });

  it('masks entity spans given as offsets, and ignores spans outside the text', () => {
    const text = 'Lives in Springfield and codes Go.';
    const start = text.indexOf('Springfield');
    expect(maskPersonalData(text, {}, [{ start, end: start + 'Springfield'.length }, { start: 30, end: 90 }])).toBe('Lives in ███████████ and codes Go.');
  });

  it('does not mask words that merely contain a name part', () => {
    expect(maskPersonalData('Ann works on annual planning.', { name: 'Ann Lee' })).toBe('███ works on annual planning.');
  });

  it('hides titles, pronouns, birth year, civil status and gender markers, whoever the person is', () => {
    const text = 'Born 1985, married. Mrs. Chen is known for her Go work; she mentored four engineers. Gender: female. Age: 41.';
    const masked = maskPersonalData(text, {});
    expect(masked).toHaveLength(text.length);
    for (const marker of ['1985', 'married', 'Mrs', ' her ', ' she ', 'female', '41']) expect(masked).not.toContain(marker);
    expect(masked).toBe('████ ████, ███████. ████ Chen is known for ███ Go work; ███ mentored four engineers. ███████ ██████. ████ ██.');
  });

  it('hides what a parsed resume says about the person: profiles, user names, address, city, and the names it found', () => {
    const resume: Resume = {
      basics: {
        name: 'Maya Chen',
        url: 'https://maya.dev',
        profiles: [{ network: 'GitHub', username: 'mayachen', url: 'https://github.com/mayachen' }],
        location: { address: '12 Market Street', city: 'San Francisco', region: 'California', postalCode: '94105' },
      },
    };
    const mask = createPersonalDataMasker(personalDetailsOf(resume, [{ type: 'PERSON', text: 'Ann Lee' }, { type: 'ORG', text: 'Stripe' }]));
    const text = 'Maya (mayachen) lives at 12 Market Street, San Francisco, California 94105; see maya.dev. Ann Lee at Stripe can tell.';
    const masked = mask(text);
    expect(masked).not.toMatch(/Maya|mayachen|Market|San Francisco|California|94105|maya\.dev|Ann Lee/);
    expect(masked).toContain('Stripe can tell.');
    expect(masked).toHaveLength(text.length);
  });

  it('keeps work dates and plain figures', () => {
    const text = 'Stripe 2019 - 2023, then Acme 2023 – present: cut p99 latency by 40% for 12 teams.';
    expect(maskPersonalData(text, maya)).toBe(text);
  });
});
