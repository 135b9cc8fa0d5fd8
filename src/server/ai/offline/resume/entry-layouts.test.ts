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

  it('a job listed without a title keeps its employer as the employer, never as the title', () => {
    expect(jobsOf('WORK EXPERIENCE\n\n2015 - 2016\nLighthouse Staffing, Oakland, CA\nAnswered phones and scheduled candidate interviews.\n')).toEqual([[undefined, 'Lighthouse Staffing', '2015']]);
  });

  it('Indian job-site layout: title, "Company -  City, State", dates, each after a blank line', () => {
    expect(jobsOf('WORK EXPERIENCE\n\nTest Engineer\n\nWipro Technologies -  Hyderabad, Telangana\n\nMarch 2016 to Till date\n\n• Preparing test cases.\n')).toEqual([['Test Engineer', 'Wipro Technologies', '2016']]);
  });
});

const degreesOf = (text: string) => (parseResume(text, { nlp, extractSkills: false }).resume.education ?? []).map((item) => [item.studyType, item.institution, item.endDate?.slice(0, 4)]);

describe('education in builder and job-site layouts', () => {
  it('degree, field, year and school on one line', () => {
    expect(degreesOf('Education\nBachelor of Science : Accounting , 2005 University of Texas ï¼\u200b City , State\n')).toEqual([['Bachelor of Science', 'University of Texas', '2005']]);
  });

  it('Indian abbreviations, each part after a blank line, dates attached to their own degree', () => {
    const text = 'EDUCATION\n\nB.E in Information science and engineering\n\nB.v.b college of engineering and technology -  Hubli, Karnataka\n\nAugust 2013 to June 2017\n\n12th in Mathematics\n\nWoodbine modern school\n\nApril 2011 to March 2013\n';
    expect(degreesOf(text)).toEqual([
      ['B.E', 'B.v.b college of engineering and technology', '2017'],
      ['12th', 'Woodbine modern school', '2013'],
    ]);
  });

  it('a Spanish degree before a comma and the university', () => {
    expect(degreesOf('Educación\nGrado en Ingeniería Informática, Universidad Politécnica de Madrid, 2013\n')).toEqual([['Grado', 'Universidad Politécnica de Madrid', '2013']]);
  });

  it.each(['MCA', 'B.Tech in Computer Science', 'M.Tech', 'BCA', 'PGDM', 'Chartered Accountant', 'SSC', 'HSC'])('%s is a degree', (degree) => {
    expect(degreesOf(`EDUCATION\n\n${degree}\n\nOsmania University -  Hyderabad, Telangana\n\n2012 to 2015\n`)[0]?.[0]).toBeDefined();
  });
});

describe('labelled project details under a job', () => {
  it('"Team size: 12" is never the next job\'s employer', () => {
    const text = 'WORK EXPERIENCE\n\nTechnical Lead\n\nHCL Technologies -  Noida, Uttar Pradesh\n\nMay 2016 to Present\n\nProject: Retail Banking Portal\nClient: UK based bank\nTeam size: 12\n\nSenior Software Engineer\n\nMphasis -  Bangalore, Karnataka\n\nSeptember 2012 to April 2016\n';
    expect(jobsOf(text)).toEqual([
      ['Technical Lead', 'HCL Technologies', '2016'],
      ['Senior Software Engineer', 'Mphasis', '2012'],
    ]);
  });
});
