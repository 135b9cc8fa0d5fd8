/** A posting that is an occupation's duties and a long tool list: the occupation decides, not the tool count. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJob } from '#server/ai/offline/job/parse-job.ts';
import { createResumeNlp, parseResume } from '#server/ai/offline/resume/index.ts';
import { curatedOccupationTitles } from './curated-occupation-titles.ts';
import { matchResume } from './match-resume.ts';
import { occupationText } from './read-match-job.ts';
import { fitOccupations } from './occupation-fit.ts';
import { inferOccupations, loadOccupationIndex } from './occupation-index.ts';

const quality = new URL('../../../../../tests/fixtures/quality/', import.meta.url);
const now = new Date('2026-11-01T00:00:00Z');
const nlp = createResumeNlp();
const jobOf = (name: string) => {
  const text = readFileSync(new URL(`jobs/${name}.txt`, quality), 'utf8');
  return { ...parseJob(text), text };
};
const resumeOf = (name: string) => parseResume(readFileSync(new URL(`resumes/dev/${name}.txt`, quality), 'utf8'), { nlp });

describe('occupation fit for tool-list postings', () => {
  it('drops the tool list from the occupation text and keeps the duties', () => {
    const occupation = occupationText(jobOf('accounting'));
    expect(occupation).toContain('Prepare, examine, or analyze accounting records');
    expect(occupation).not.toContain('QuickBooks');
  });

  it('weighs the occupation (title, duties) as much as skill coverage when the skills are a long tool list', () => {
    const result = matchResume(resumeOf('b01-accountant'), jobOf('accounting'), { now });
    const weight = (name: string) => result.components.find((component) => component.name === name)?.weight ?? 0;
    expect(weight('occupationFit')).toBeGreaterThan(weight('mustHave') + weight('niceToHave'));
    expect(weight('textSimilarity') + weight('titleFit') + weight('occupationFit')).toBeGreaterThan(2 * (weight('mustHave') + weight('niceToHave')));
  });

  it('ranks an accountant above a network engineer for the accountant posting, though both know Excel and SAP', () => {
    const job = jobOf('accounting');
    const accountant = matchResume(resumeOf('b10-staff-accountant'), job, { now }).score;
    const engineer = matchResume(resumeOf('b11-network-engineer'), job, { now }).score;
    expect(accountant).toBeGreaterThan(engineer);
  });
});

describe('occupation inference from O*NET titles, alternate titles and duties', () => {
  const index = loadOccupationIndex();
  const top = (title: string, duties = '') => inferOccupations(index, [{ text: title, weight: 1 }], duties)[0]?.occupation.code;

  it('ships every occupation the alternate-title table names', () => {
    const codes = new Set(index.occupations.map((occupation) => occupation.code));
    expect(index.occupations.length).toBeGreaterThan(1000);
    expect(Object.keys(curatedOccupationTitles).filter((code) => !codes.has(code))).toEqual([]);
  });

  it('reads resume titles as their occupation, abbreviations spelt out', () => {
    expect(top('Staff Accountant')).toBe('13-2011.00');
    expect(top('HR Generalist')).toBe('13-1071.00');
    expect(top('Sr. Software Engineer')).toBe('15-1252.00');
    expect(top('Civil Engineer II')).toBe('17-2051.00');
  });

  it('reads an untitled posting from its duties', () => {
    const shares = inferOccupations(index, [], 'Examine, analyze and interpret accounting records to prepare financial statements; reconcile general ledger accounts and prepare tax returns.');
    expect(shares[0]?.occupation.code).toBe('13-2011.00');
    expect(shares.reduce((sum, share) => sum + share.share, 0)).toBeCloseTo(1, 6);
  });

  it('counts a sibling or a same-family occupation as a partial fit, another family as none', () => {
    const job = inferOccupations(index, [{ text: 'Mechanical Engineer', weight: 1 }], '');
    const civil = fitOccupations(job, inferOccupations(index, [{ text: 'Civil Engineer', weight: 1 }], '')).value;
    const same = fitOccupations(job, inferOccupations(index, [{ text: 'Mechanical Design Engineer', weight: 1 }], '')).value;
    const recruiter = fitOccupations(job, inferOccupations(index, [{ text: 'Technical Recruiter', weight: 1 }], '')).value;
    expect(same).toBeGreaterThan(civil);
    expect(civil).toBeGreaterThan(0.3);
    expect(recruiter).toBeLessThan(0.1);
  });

  it('names the occupation in the components and the reasoning a recruiter reads', () => {
    const result = matchResume(resumeOf('b10-staff-accountant'), jobOf('accounting'), { now });
    const component = result.components.find((item) => item.name === 'occupationFit');
    expect(component?.value).toBeGreaterThan(0.8);
    expect(component?.detail).toContain('Accountants and Auditors (13-2011.00)');
    expect(result.reasoning.join(' ')).toContain('Titles and duties fit Accountants and Auditors (13-2011.00)');
    const engineer = matchResume(resumeOf('b11-network-engineer'), jobOf('accounting'), { now });
    expect(engineer.reasoning.join(' ')).toMatch(/read as .*\(15-\d{4}\.\d{2}\), not Accountants and Auditors \(13-2011\.00\)/);
  });

  it('lets an HR specialist who lists Excel and SAP rank below an accountant for the accounting posting, and above her for the HR one', () => {
    const hr = resumeOf('b04-hr-generalist');
    const accountant = resumeOf('b01-accountant');
    expect(matchResume(accountant, jobOf('accounting'), { now }).score).toBeGreaterThan(matchResume(hr, jobOf('accounting'), { now }).score);
    expect(matchResume(hr, jobOf('hr'), { now }).score).toBeGreaterThan(matchResume(accountant, jobOf('hr'), { now }).score);
  });
});
