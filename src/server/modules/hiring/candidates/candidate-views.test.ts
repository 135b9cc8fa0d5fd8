import { describe, expect, it } from 'vitest';
import { toCandidateProfile } from './candidate-views.ts';
import type { CandidateRecord } from './candidates.repo.ts';

const text = 'Maya Chen\nmaya.chen@example.com\nBuilt kafka-tool at Stripe.';

const record: CandidateRecord = {
  id: '3f2a9c10-4b5e-4d6f-8a7b-9c0d1e2f3a4b',
  workspaceId: '00000000-0000-4000-8000-000000000001',
  jobId: '00000000-0000-4000-8000-000000000002',
  batchId: null,
  resumeId: null,
  name: 'Maya Chen',
  email: 'maya.chen@example.com',
  phone: '+1 (415) 555-0132',
  location: 'San Francisco, CA',
  fileName: 'maya-chen-cv.pdf',
  profile: {
    basics: { name: 'Maya Chen', label: 'Backend engineer', email: 'maya.chen@example.com', url: 'https://maya.dev' },
    work: [{ name: 'Stripe', position: 'Engineer', location: 'Dublin', summary: 'Maya led the Kafka migration.' }],
    projects: [{ name: 'kafka-tool', url: 'github.com/mayachen/kafka-tool', description: 'Written by Maya Chen.' }],
    references: [{ name: 'Ann Lee', reference: 'Maya is the best engineer I managed.' }],
    skills: [{ name: 'Kafka' }],
  },
  overallScore: 80,
  scoreComponents: [],
  professionalAssessment: null,
  experience: [{ name: 'Stripe', position: 'Engineer', location: 'Dublin', highlights: ['Maya cut latency by 40 %'] }],
  education: [{ institution: 'Trinity College', area: 'Computer Science', url: 'https://tcd.ie/people/mchen' }],
  rankReasoning: 'Maya Chen matches Kafka.',
  recommendation: 'Hire',
  matchedSkills: ['Kafka'],
  missingSkills: [],
  additionalSkills: [],
  missingNiceToHaveSkills: [],
  evidence: [],
  scoredVersion: 0,
  status: 'rejected',
  statusReason: 'Maya Chen took another offer.',
  decidedAt: null,
  decidedBy: null,
  duplicateOf: null,
  embedding: null,
  embeddingModel: null,
  createdAt: new Date(),
  updatedAt: new Date(),
};

describe('toCandidateProfile under blind screening', () => {
  const resume = { rawText: text, entities: [] };

  it('leaves no name, contact, link, place or reference in any field', () => {
    const view = toCandidateProfile(record, resume, true);
    expect(view.masked).toBe(true);
    expect(JSON.stringify(view)).not.toMatch(/maya|chen|555|mchen|dublin|san francisco|ann lee/i);
    expect(view.profile).toMatchObject({ basics: { label: 'Backend engineer' }, projects: [{ name: 'kafka-tool' }], skills: [{ name: 'Kafka' }] });
    expect(view.education).toEqual([{ institution: 'Trinity College', area: 'Computer Science' }]);
    expect(view.statusReason).toBe('████ ████ took another offer.');
  });

  it('hides titles, pronouns, birth year and civil status too, keeping offsets valid for evidence highlights', () => {
    const cvText = 'Maya Chen\nBorn 1985, married.\nMrs. Chen led the Kafka migration; she mentored four engineers.';
    const start = cvText.indexOf('Kafka');
    const evidence = [{ skill: 'Kafka', line: 3, lineText: 'Mrs. Chen led the Kafka migration; she mentored four engineers.', start, end: start + 5, text: 'Kafka' }];
    const view = toCandidateProfile({ ...record, evidence, rankReasoning: 'Mrs. Chen shows Kafka; born 1985, married.' }, { rawText: cvText, entities: [] }, true);
    for (const shown of [view.text, view.evidence[0]?.lineText, ...view.reasoning]) {
      expect(shown).not.toMatch(/Mrs|\bshe\b|1985|married|Maya|Chen/);
    }
    expect(view.text).toHaveLength(cvText.length);
    expect(view.text.slice(start, start + 5)).toBe('Kafka');
    expect(view.evidence[0]?.lineText).toBe('████ ████ led the Kafka migration; ███ mentored four engineers.');
  });

  it('shows everything once the candidate is not masked', () => {
    const view = toCandidateProfile(record, resume, false);
    expect(view).toMatchObject({ name: 'Maya Chen', statusReason: 'Maya Chen took another offer.', education: record.education, profile: record.profile });
  });
});
