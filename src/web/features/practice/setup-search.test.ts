import { describe, expect, it } from 'vitest';
import { readSetupSearch, setupSearchOf } from './setup-search.ts';

describe('setup search', () => {
  it('round-trips a suggestion through the address', () => {
    const prefill = { targetRole: 'Data Analyst', interviewType: 'technical' as const, focusSkills: ['SQL', 'Power BI'] };
    expect(readSetupSearch(new URLSearchParams(setupSearchOf(prefill)))).toEqual(prefill);
  });

  it('ignores an unknown interview type and empty skills', () => {
    expect(readSetupSearch(new URLSearchParams('type=panel&skill=&role=QA'))).toEqual({ targetRole: 'QA', focusSkills: [] });
  });
});
