import { describe, expect, it } from 'vitest';
import { matchInlineHeading, matchSectionHeading } from './section-headings.ts';

describe('matchSectionHeading', () => {
  it.each([
    ['EXPERIENCE', 'work'],
    ['Work History', 'work'],
    ['Professional Experience:', 'work'],
    ['CLINICAL EXPERIENCE', 'work'],
    ['E X P E R I E N C E', 'work'],
    ['WORK EXPERIENCE & INTERNSHIPS', 'work'],
    ['Education & Training', 'education'],
    ['Academic Background', 'education'],
    ['Core Competencies', 'skills'],
    ['— SKILLS —', 'skills'],
    ['Licenses & Certifications', 'certificates'],
    ['Credentials', 'certificates'],
    ['Languages Spoken', 'languages'],
    ['About Me', 'summary'],
    ['Professional Summary', 'summary'],
    ['Get in Touch', 'contact'],
    ['References', 'other'],
  ])('%s → %s', (text, key) => {
    expect(matchSectionHeading(text)).toBe(key);
  });

  it.each(['Customer Experience Lead', 'CUSTOMER EXPERIENCE MANAGER', 'IBM', 'Python, Java', 'Skills gained in 2019', 'maya@example.com'])('%s is not a heading', (text) => {
    expect(matchSectionHeading(text)).toBeNull();
  });

  it.each([
    ['Expérience professionnelle', 'work'],
    ['Berufserfahrung', 'work'],
    ['Formation', 'education'],
    ['Ausbildung', 'education'],
    ['EDUCATIONAL QUALIFICATIONS', 'education'],
    ['Compétences', 'skills'],
  ])('%s opens the %s section (French, German, Indian job-site headings)', (text, key) => {
    expect(matchSectionHeading(text)).toBe(key);
  });

  it('finds a heading and its content on one line, but not for work or education', () => {
    expect(matchInlineHeading('Skills: Python, SQL')).toEqual({ key: 'skills', contentIndex: 8 });
    expect(matchInlineHeading('Languages: English (native)')).toEqual({ key: 'languages', contentIndex: 11 });
    expect(matchInlineHeading('Experience: 5 years in retail')).toBeNull();
  });
});
