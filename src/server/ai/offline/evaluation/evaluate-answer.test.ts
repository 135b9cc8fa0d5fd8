import { describe, expect, it } from 'vitest';
import { answers } from './answers.fixture.ts';
import { evaluateAnswer } from './evaluate-answer.ts';

const customerQuestion = { text: 'Tell me about a time you dealt with a difficult customer.', competency: 'customer_focus' as const };

function quotesOf(evaluation: ReturnType<typeof evaluateAnswer>): string[] {
  return [...Object.values(evaluation.star), ...evaluation.competencies.map((row) => row.quote), ...evaluation.specificity.outcomes].filter((quote): quote is string => quote !== null);
}

describe('evaluateAnswer', () => {
  it('finds all four STAR parts in a full story, quoting the answer verbatim', () => {
    const evaluation = evaluateAnswer({ question: customerQuestion, answer: answers.strongRetail });
    expect(evaluation.starCoverage).toBe(4);
    expect(evaluation.star.situation).toMatch(/^Last year at Northwind Retail/);
    expect(evaluation.star.task).toMatch(/^My task was/);
    expect(evaluation.star.action).toMatch(/^I called the client/);
    expect(evaluation.star.result).toMatch(/^As a result/);
    for (const quote of quotesOf(evaluation)) expect(answers.strongRetail).toContain(quote);
  });

  it('counts numbers, named skills and outcomes as specifics', () => {
    const evaluation = evaluateAnswer({ question: customerQuestion, answer: answers.strongRetail });
    expect(evaluation.specificity.numbers).toEqual(expect.arrayContaining(['82%', '97%']));
    expect(evaluation.specificity.namedSkills).toContain('Microsoft Excel');
    expect(evaluation.specificity.outcomes.length).toBeGreaterThan(0);
    expect(evaluation.specificity.score).toBeGreaterThan(0.8);
    const weak = evaluateAnswer({ question: customerQuestion, answer: answers.weakVague });
    expect(weak.specificity).toMatchObject({ numbers: [], namedSkills: [], score: 0 });
  });

  it('scores a strong answer above a weak one, in every profession', () => {
    const cases = [
      { question: customerQuestion, strong: answers.strongRetail },
      { question: { text: 'Tell me about a time you recognised that a patient was deteriorating.' }, strong: answers.strongNurse },
      { question: { text: 'Tell me about a lesson where you adapted your teaching for pupils with different needs.' }, strong: answers.strongTeacher },
    ];
    for (const { question, strong } of cases) {
      const good = evaluateAnswer({ question, answer: strong });
      const poor = evaluateAnswer({ question, answer: answers.weakVague });
      expect(good.overall, question.text).toBeGreaterThanOrEqual(4);
      expect(poor.overall, question.text).toBeLessThanOrEqual(2);
      expect(good.competencies[0]?.score).toBeGreaterThan(poor.competencies[0]?.score ?? 5);
    }
  });

  it('counts filler words and their rate per 100 words', () => {
    const evaluation = evaluateAnswer({ question: customerQuestion, answer: answers.weakVague });
    expect(evaluation.fillers.count).toBe(5);
    expect(evaluation.fillers.top.map((entry) => entry.word)).toEqual(expect.arrayContaining(['um', 'like', 'you know', 'basically', 'kind of']));
    expect(evaluation.fillers.per100Words).toBeGreaterThan(10);
    // "like" as a verb and "what kind of" are not fillers.
    const clean = evaluateAnswer({ question: customerQuestion, answer: 'I would like to explain what kind of customer she was. I listened, I apologised and I fixed the invoice the same day.' });
    expect(clean.fillers.count).toBe(0);
  });

  it('measures ownership from "I" versus "we"', () => {
    const team = evaluateAnswer({ question: { text: 'Tell me about a project you delivered under a tight deadline.' }, answer: answers.weakTeam });
    expect(team.ownership.we).toBeGreaterThan(5);
    expect(team.ownership.i).toBe(0);
    expect(team.feedback.join(' ')).toMatch(/"we"/);
    const mine = evaluateAnswer({ question: customerQuestion, answer: answers.strongRetail });
    expect(mine.ownership.ratio).toBeGreaterThan(0.5);
  });

  it('judges relevance: an off-topic answer scores low', () => {
    const relevant = evaluateAnswer({ question: customerQuestion, answer: answers.strongRetail });
    const off = evaluateAnswer({ question: customerQuestion, answer: answers.offTopic });
    expect(relevant.relevance.score).toBeGreaterThan(0.5);
    expect(off.relevance.score).toBeLessThan(0.3);
    expect(off.feedback.join(' ')).toMatch(/question/);
  });

  it('flags length: empty, too short, ok and too long', () => {
    expect(evaluateAnswer({ question: customerQuestion, answer: '' }).length.verdict).toBe('empty');
    expect(evaluateAnswer({ question: customerQuestion, answer: '' }).overall).toBe(1);
    expect(evaluateAnswer({ question: customerQuestion, answer: answers.weakVague }).length.verdict).toBe('too_short');
    expect(evaluateAnswer({ question: customerQuestion, answer: answers.strongRetail }).length.verdict).toBe('ok');
    expect(evaluateAnswer({ question: customerQuestion, answer: `${answers.strongRetail} `.repeat(6) }).length.verdict).toBe('too_long');
  });

  it('infers the competency from the question when none is given', () => {
    const evaluation = evaluateAnswer({ question: { text: 'Describe a disagreement with a colleague and how you resolved the conflict.' }, answer: answers.strongRetail });
    expect(evaluation.competencies[0]?.competency).toBe('conflict_resolution');
    expect(evaluation.competencies.map((row) => row.competency)).toContain('communication');
  });

  it('gives feedback that names what is missing', () => {
    const evaluation = evaluateAnswer({ question: customerQuestion, answer: answers.weakVague });
    expect(evaluation.feedback.join(' ')).toMatch(/result/i);
    expect(evaluation.feedback.length).toBeGreaterThan(1);
  });
});
