import { describe, expect, it } from 'vitest';
import { formatResumeDate, formatResumePeriod } from './format-resume-date.ts';

describe('formatResumeDate', () => {
  it('writes years and months as a CV does', () => {
    expect(formatResumeDate('2019')).toBe('2019');
    expect(formatResumeDate('2021-03')).toBe('Mar 2021');
    expect(formatResumeDate('2021-12-31')).toBe('Dec 2021');
    expect(formatResumeDate(undefined)).toBeUndefined();
  });

  it('treats a period without an end as current', () => {
    expect(formatResumePeriod('2021-03', undefined)).toBe('Mar 2021 – Present');
    expect(formatResumePeriod('2015', '2017')).toBe('2015 – 2017');
    expect(formatResumePeriod(undefined, '2012')).toBe('2012');
    expect(formatResumePeriod(undefined, undefined)).toBe('');
  });
});
