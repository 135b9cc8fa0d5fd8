import { describe, expect, it } from 'vitest';
import { computeSkillYears } from './skill-years.ts';

const now = new Date('2026-12-07T00:00:00Z');

describe('computeSkillYears', () => {
  it('counts overlapping experiences once and runs an open one to now', () => {
    expect(computeSkillYears([{ dateStarted: '2020-01-01', dateFinished: '2021-12-01' }, { dateStarted: '2021-01-01', dateFinished: '2022-12-01' }], now)).toBe(3);
    expect(computeSkillYears([{ dateStarted: '2025-12-01', dateFinished: null }], now)).toBe(1.1);
  });
  it('adds separate ranges and ignores undated experiences', () => {
    expect(computeSkillYears([{ dateStarted: '2010-01-01', dateFinished: '2010-12-01' }, { dateStarted: null, dateFinished: null }, { dateStarted: '2015-01-01', dateFinished: '2015-06-01' }], now)).toBe(1.5);
    expect(computeSkillYears([{ dateStarted: null, dateFinished: '2015-06-01' }], now)).toBeNull();
  });
});
