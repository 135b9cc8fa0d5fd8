import { describe, expect, it } from 'vitest';
import { readCandidateResume } from './read-candidate-resume.ts';

describe('readCandidateResume', () => {
  it('reads the parts of the parsed CV and leaves out entries that do not fit', () => {
    const resume = readCandidateResume({
      profile: { basics: { label: 'Senior Software Engineer' }, certificates: [{ name: 'CKA', date: '2021-02' }, { issuer: 'no name' }], languages: 'English' },
      experience: [{ name: 'Stripe', position: 'Senior Software Engineer', startDate: '2021-03' }, 'not an entry', { name: 'Bad', startDate: 'last year' }],
      education: [{ institution: 'UC Berkeley', studyType: 'B.S.' }],
    });
    expect(resume.basics).toEqual({ label: 'Senior Software Engineer' });
    expect(resume.work).toEqual([{ name: 'Stripe', position: 'Senior Software Engineer', startDate: '2021-03' }]);
    expect(resume.education).toEqual([{ institution: 'UC Berkeley', studyType: 'B.S.' }]);
    expect(resume.certificates).toEqual([{ name: 'CKA', date: '2021-02' }]);
    expect(resume.languages).toEqual([]);
  });

  it('copes with a profile without basics (blind screening strips them)', () => {
    expect(readCandidateResume({ profile: {}, experience: [], education: [] }).basics).toEqual({});
  });
});
