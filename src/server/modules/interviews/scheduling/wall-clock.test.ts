import { describe, expect, it } from 'vitest';
import { AppError } from '#server/platform/errors.ts';
import { canonicalZone, describeInZone, toInstant } from './wall-clock.ts';

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('not refused');
}

describe('wall-clock times in IANA zones (run under several TZ values in CI)', () => {
  it('stores Berlin 15:00 in winter as 14:00Z, whatever the process zone', () => {
    expect(toInstant('2027-03-10T15:00', 'Europe/Berlin').toISOString()).toBe('2027-03-10T14:00:00.000Z');
  });

  it('refuses the hour New York skips in spring, naming the field', () => {
    expect(refusal(() => toInstant('2026-03-08T02:30', 'America/New_York'))).toMatch(/^bad_request: startsAt: 2026-03-08T02:30 does not exist in America\/New_York.*UTC-05:00 to UTC-04:00.*2026-03-08T03:30/);
  });

  it('asks for an offset in the hour New York repeats in autumn, and pins each side with one', () => {
    expect(refusal(() => toInstant('2026-11-01T01:30', 'America/New_York'))).toMatch(/happens twice.*2026-11-01T01:30-04:00.*2026-11-01T01:30-05:00/);
    expect(toInstant('2026-11-01T01:30-04:00', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(toInstant('2026-11-01T01:30-05:00', 'America/New_York').toISOString()).toBe('2026-11-01T06:30:00.000Z');
    expect(refusal(() => toInstant('2026-11-01T01:30-06:00', 'America/New_York'))).toMatch(/offset -06:00 is not/);
  });

  it('handles odd offsets: Kathmandu +05:45, Chatham +13:45, Kiritimati +14 (another day than UTC)', () => {
    expect(toInstant('2027-03-10T09:00', 'Asia/Kathmandu').toISOString()).toBe('2027-03-10T03:15:00.000Z');
    expect(toInstant('2027-03-10T09:00', 'Pacific/Chatham').toISOString()).toBe('2027-03-09T19:15:00.000Z');
    const kiritimati = describeInZone(new Date('2027-03-09T20:00:00Z'), 'Pacific/Kiritimati');
    expect(kiritimati).toMatchObject({ date: 'Wednesday, 10 March 2027', time: '10:00', offset: '+14:00' });
  });

  it('shows a Berlin–New York panel 5 hours apart in the March gap between their changes', () => {
    const instant = toInstant('2027-03-17T15:00', 'Europe/Berlin');
    expect(describeInZone(instant, 'America/New_York')).toMatchObject({ time: '10:00', offset: '-04:00' });
    expect(describeInZone(instant, 'Europe/Berlin').zoneName).toBe('Europe/Berlin (UTC+01:00)');
  });

  it('refuses offsets and unknown names as zones, and canonicalises the case of a real one', () => {
    expect(refusal(() => canonicalZone('+02:00'))).toMatch(/^bad_request: timeZone: "\+02:00" is an offset/);
    expect(refusal(() => canonicalZone('UTC+2'))).toMatch(/is an offset/);
    expect(refusal(() => canonicalZone('Mars/Olympus_Mons'))).toMatch(/not a known IANA time zone/);
    expect(canonicalZone('europe/berlin')).toBe('Europe/Berlin');
  });

  it('refuses a date that is not one', () => {
    expect(refusal(() => toInstant('2027-02-30T10:00', 'Europe/Berlin'))).toMatch(/not a real date/);
    expect(refusal(() => toInstant('2027-03-10T15:00Z', 'Europe/Berlin'))).toMatch(/not a wall-clock time/);
  });
});
