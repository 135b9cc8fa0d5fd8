import { describe, expect, it } from 'vitest';
import { candidateDocument, jobDocument } from './search-documents.ts';

describe('candidateDocument', () => {
  const resume = {
    basics: {
      name: 'Maya Chen',
      label: 'Senior Backend Engineer',
      email: 'maya.chen@example.com',
      phone: '+1 206 555 0132',
      summary: 'Maya Chen builds payment systems in Go and TypeScript. Reach me at maya.chen@example.com.',
      location: { city: 'Seattle', region: 'WA' },
    },
    work: [{ name: 'Stripe', position: 'Staff Engineer', location: 'Seattle', summary: 'Ran Kafka at scale.', highlights: ['Cut p99 latency by 40%'] }],
    education: [{ institution: 'University of Washington', area: 'Computer Science', studyType: 'BSc' }],
    skills: [{ name: 'Go', keywords: ['gRPC'] }, { name: 'PostgreSQL' }],
  };

  it('keeps what the candidate can do and drops who and where they are', () => {
    const text = candidateDocument(resume, resume.basics);
    for (const kept of ['Senior Backend Engineer', 'payment systems in Go', 'Staff Engineer', 'Stripe', 'Ran Kafka', 'Cut p99 latency', 'Computer Science', 'gRPC', 'PostgreSQL']) {
      expect(text).toContain(kept);
    }
    expect(text).not.toMatch(/Maya|Chen|example\.com|555|Seattle|WA\b|█/);
  });

  it('drops titles, pronouns, birth year and civil status as well', () => {
    const text = candidateDocument({ basics: { summary: 'Mrs. Chen, born 1985, married. She leads payment teams.' } }, { name: 'Maya Chen' });
    expect(text).not.toMatch(/Mrs|Chen|1985|married|\bshe\b/i);
    expect(text).toContain('leads payment teams');
  });

  it('is empty for a CV with nothing to search', () => {
    expect(candidateDocument({ basics: { name: 'Nobody' } }, { name: 'Nobody' })).toBe('');
  });
});

describe('jobDocument', () => {
  it('is the title and the description', () => {
    expect(jobDocument({ title: 'ICU Nurse', description: 'Wound care.' })).toBe('ICU Nurse\n\nWound care.');
  });
});
