/** The entry layouts resume builders and job sites export, one rule each (tests/fixtures/quality has whole resumes). */
import { describe, expect, it } from 'vitest';
import { parseResume } from './parse-resume.ts';
import { findPlaceInside } from './find-location.ts';
import { splitRunTogether } from './parse-entry-header.ts';
import { createResumeNlp } from './resume-nlp.ts';

const nlp = createResumeNlp();
const line = (text: string) => ({ text, start: 0, end: text.length });
const jobsOf = (text: string) => (parseResume(text, { nlp, extractSkills: false }).resume.work ?? []).map((job) => [job.position, job.name, job.startDate?.slice(0, 4)]);

describe('findPlaceInside', () => {
  it.each([
    ['Company Name City , State Mechanical Engineer', 'City , State'],
    ['Purdue University City , State', 'City , State'],
    ['Infosys Limited Pune, Maharashtra', 'Pune, Maharashtra'],
    ['Acme Corp Fort Worth, TX', 'Fort Worth, TX'],
  ])('finds the place in %s', (text, place) => {
    expect(findPlaceInside(line(text))?.text).toBe(place);
  });

  it.each(['Bachelor of Science, Accounting', 'Sales Manager, EMEA', 'City , State', 'Round Rock, TX', 'Salt Lake City, UT'])('finds none (or only the whole) in %s', (text) => {
    expect(findPlaceInside(line(text))).toBeNull();
  });
});

describe('splitRunTogether', () => {
  it('splits title, employer and city run together on one line', () => {
    const split = splitRunTogether(line('Payroll Specialist Acme Staffing Solutions Dallas'), nlp);
    expect([split?.position.text, split?.company.text, split?.location?.city]).toEqual(['Payroll Specialist', 'Acme Staffing Solutions', 'Dallas']);
  });

  it.each(['Senior Software Engineer', 'Civil Engineer II', 'Director of Finance', 'Acme Corp Engineer', 'Junior Business Analyst, Groupon', 'Senior Data Scientist'])('leaves %s whole', (text) => {
    expect(splitRunTogether(line(text), nlp)).toBeNull();
  });
});

describe('work entries in builder and job-site layouts', () => {
  it('title and dates on one line, employer and an anonymised place below (never the state as the title)', () => {
    expect(jobsOf('Experience\nSenior Accountant  Jan 2010 to Current\nCompany Name â€“ City , State\nPrepared statements.\n')).toEqual([['Senior Accountant', 'Company Name', '2010']]);
  });

  it('title alone, then dates and place, then the employer', () => {
    expect(jobsOf('Experience\nInformation Technology Manager\nDecember 2009 to Current  City, State\nCompany Name\nManaged a team.\n')).toEqual([['Information Technology Manager', 'Company Name', '2009']]);
  });

  it('employer and place first, title and dates after, on one line', () => {
    expect(jobsOf('Experience\nCompany Name City , State Mechanical Engineer 05/2015 to Current\nDesigned ductwork.\n')).toEqual([['Mechanical Engineer', 'Company Name', '2015']]);
  });

  it('dates first, the title on the line below', () => {
    expect(jobsOf('Experience\n07/2014 to Current\nStaff Accountant Company Name ï¼\u200b City , State\nReconcile 12 bank accounts monthly and post cash receipts.\n')).toEqual([['Staff Accountant', 'Company Name', '2014']]);
  });

  it('Indian job-site layout: title, "Company -  City, State", dates, each after a blank line', () => {
    expect(jobsOf('WORK EXPERIENCE\n\nTest Engineer\n\nWipro Technologies -  Hyderabad, Telangana\n\nMarch 2016 to Till date\n\n• Preparing test cases.\n')).toEqual([['Test Engineer', 'Wipro Technologies', '2016']]);
  });
});
