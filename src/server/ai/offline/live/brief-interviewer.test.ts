import { describe, expect, it } from 'vitest';
import { briefInterviewer } from './brief-interviewer.ts';

const jobDescription = `Senior Backend Engineer
Requirements:
- 5+ years of experience with Python and PostgreSQL
- Experience with Kubernetes
Nice to have:
- Kafka`;

const resumeText = `Jane Doe
jane@example.com
Experience
Backend Engineer, Acme Corp
Jan 2021 - Present
- Built billing APIs in Python and PostgreSQL serving 2M requests a day
- Led the migration to Kafka, cutting latency by 40%
Developer, Beta Ltd
Mar 2019 - Oct 2019
- Wrote internal tools in Python
Skills
Python, PostgreSQL, Kafka, Docker`;

const now = new Date('2026-11-01T00:00:00Z');

describe('briefInterviewer', () => {
  const brief = briefInterviewer({ jobDescription, resumeText, now });

  it('summarises the candidate from the resume', () => {
    expect(brief.candidateSummary).toContain('Jane Doe');
    expect(brief.candidateSummary).toContain('Acme Corp');
    expect(brief.candidateSummary).toMatch(/Kubernetes/);
  });

  it('raises concerns: missing must-have skills, a gap in dates and a short tenure', () => {
    const kinds = brief.concerns.map((concern) => concern.kind);
    expect(kinds).toEqual(expect.arrayContaining(['missing_skill', 'date_gap', 'short_tenure']));
    expect(brief.concerns.find((concern) => concern.kind === 'missing_skill')?.text).toContain('Kubernetes');
    expect(brief.concerns.find((concern) => concern.kind === 'date_gap')?.text).toMatch(/15 months/);
    expect(brief.concerns.find((concern) => concern.kind === 'short_tenure')?.text).toMatch(/7 months .* Beta Ltd/);
  });

  it('backs strengths with lines from the resume', () => {
    expect(brief.strengths.length).toBeGreaterThan(0);
    for (const strength of brief.strengths) if (strength.quote) expect(resumeText).toContain(strength.quote.replace(/^- /, ''));
    expect(brief.match.matched).toEqual(expect.arrayContaining(['Python', 'PostgreSQL']));
  });

  it('suggests distinct questions that probe the concerns and the resume', () => {
    const texts = brief.suggestedQuestions.map((question) => question.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.some((text) => text.includes('Kubernetes'))).toBe(true);
    expect(texts.some((text) => text.includes('Oct 2019') && text.includes('Jan 2021'))).toBe(true);
    expect(texts.some((text) => text.startsWith('Your resume mentions'))).toBe(true);
  });

  it('accepts a JSON Resume, and reports no gap for continuous work', () => {
    const result = briefInterviewer({
      jobDescription: 'Registered Nurse\nRequirements:\n- Wound care\n- IV therapy',
      resume: {
        basics: { name: 'Ola Nurse' },
        work: [
          { name: 'City Hospital', position: 'Staff Nurse', startDate: '2020-01', highlights: ['Provided wound care for 20 patients a shift'] },
          { name: 'Care Home', position: 'Care Assistant', startDate: '2017-01', endDate: '2020-01' },
        ],
      },
      now,
    });
    expect(result.concerns.map((concern) => concern.kind)).not.toContain('date_gap');
    expect(result.concerns.map((concern) => concern.text).join(' ')).toContain('IV therapy');
    expect(result.match.matched).toContain('Wound care');
  });
});
