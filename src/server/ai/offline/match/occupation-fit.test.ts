/** A posting that is an occupation's duties and a long tool list: the occupation decides, not the tool count. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJob } from '#server/ai/offline/job/parse-job.ts';
import { createResumeNlp, parseResume } from '#server/ai/offline/resume/index.ts';
import { matchResume, occupationText } from './match-resume.ts';

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
    expect(weight('textSimilarity') + weight('titleFit')).toBeGreaterThan(weight('mustHave') + weight('niceToHave'));
  });

  it('ranks an accountant above a network engineer for the accountant posting, though both know Excel and SAP', () => {
    const job = jobOf('accounting');
    const accountant = matchResume(resumeOf('b10-staff-accountant'), job, { now }).score;
    const engineer = matchResume(resumeOf('b11-network-engineer'), job, { now }).score;
    expect(accountant).toBeGreaterThan(engineer);
  });
});
