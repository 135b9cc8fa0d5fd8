import { describe, expect, it } from 'vitest';
import { answers } from '#server/ai/offline/evaluation/answers.fixture.ts';
import { reviewInterview } from './review-interview.ts';

const jobDescription = 'Operations Coordinator\nRequirements:\n- Microsoft Excel\n- Logistics';

describe('reviewInterview', () => {
  it('recommends proceeding after strong, specific answers that cover the required skills', () => {
    const review = reviewInterview({
      transcript: [
        { question: { text: 'Tell me about a difficult customer.' }, answer: answers.strongRetail },
        { question: { text: 'Tell me about a time you closed a gap in results.' }, answer: answers.strongTeacher },
      ],
      jobDescription,
    });
    expect(review.recommendation).toBe('proceed');
    expect(review.skillsShown).toEqual(expect.arrayContaining(['Microsoft Excel']));
    for (const strength of review.strengths) expect([answers.strongRetail, answers.strongTeacher].join(' ')).toContain(strength.quote);
    expect(review.strengths[0]?.text).toMatch(/The candidate/);
    expect(review.reasons.length).toBeGreaterThan(1);
  });

  it('recommends not a fit after thin answers, with weaknesses quoted', () => {
    const review = reviewInterview({
      transcript: [
        { question: { text: 'Tell me about a difficult customer.' }, answer: answers.weakVague },
        { question: { text: 'Tell me about a tight deadline.' }, answer: 'It was fine.' },
        { question: { text: 'Why this role?' }, answer: '' },
      ],
      jobDescription,
    });
    expect(review.recommendation).toBe('not_a_fit');
    expect(review.rating).toBeLessThanOrEqual(2);
    expect(review.skillsNotShown).toEqual(expect.arrayContaining(['Microsoft Excel']));
    for (const weakness of review.weaknesses) if (weakness.quote) expect([answers.weakVague, 'It was fine.'].join(' ')).toContain(weakness.quote);
  });

  it('asks for more evaluation when answers are good but required skills were never discussed', () => {
    const review = reviewInterview({
      transcript: [{ question: { text: 'Tell me about a patient who deteriorated.' }, answer: answers.strongNurse }],
      jobDescription: 'Requirements:\n- Kubernetes\n- Terraform\n- Go programming',
    });
    expect(review.recommendation).toBe('needs_more_evaluation');
    expect(review.reasons.join(' ')).toMatch(/required skills/);
  });
});
