import { describe, expect, it } from 'vitest';
import type { Transcript } from '#shared/ai/interview.ts';
import { answers } from '#server/ai/offline/evaluation/answers.fixture.ts';
import { evaluateAnswer } from '#server/ai/offline/evaluation/evaluate-answer.ts';
import { summarizeInterview } from './summarize-interview.ts';

const strongTranscript: Transcript = [
  { question: { id: 'q1', text: 'Tell me about a time you dealt with a difficult customer.', competency: 'customer_focus' }, answer: answers.strongRetail },
  { question: { id: 'q2', text: 'Tell me about a time you recognised that a patient was deteriorating.', competency: 'technical_depth' }, answer: answers.strongNurse },
  { question: { id: 'q3', text: 'Tell me about a time you adapted your teaching for different needs.', competency: 'adaptability' }, answer: answers.strongTeacher },
];
const weakTranscript: Transcript = [
  { question: { text: 'Tell me about a time you dealt with a difficult customer.', competency: 'customer_focus' }, answer: answers.weakVague },
  { question: { text: 'Tell me about a project with a tight deadline.', competency: 'time_management' }, answer: answers.weakTeam },
  { question: { text: 'Describe a disagreement with your manager.', competency: 'conflict_resolution' }, answer: 'I do not really remember one.' },
];
const allAnswers = (transcript: Transcript): string => transcript.map((entry) => entry.answer).join('\n');

describe('summarizeInterview', () => {
  it('counts the planned questions apart from their follow-ups, and those left unanswered', () => {
    const withFollowUps: Transcript = weakTranscript.flatMap((entry, index) => [
      { ...entry, question: { ...entry.question, id: `q${index}` } },
      { question: { id: `f${index}`, text: 'Could you tell me a bit more?', followUp: true }, answer: 'We did it as a team.' },
    ]);
    expect(summarizeInterview(withFollowUps).summary).toMatch(/^You answered 3 of 3 questions and 3 follow-ups;/);
    expect(summarizeInterview(withFollowUps.slice(0, 2), undefined, 3).summary).toMatch(/^You answered 1 of 3 questions and 1 follow-up;/);
  });

  it('rates a strong interview above a weak one, with the matching word', () => {
    const strong = summarizeInterview(strongTranscript);
    const weak = summarizeInterview(weakTranscript);
    expect(strong.rating).toBeGreaterThanOrEqual(4);
    expect(['Strong', 'Excellent']).toContain(strong.ratingWord);
    expect(weak.rating).toBeLessThanOrEqual(2);
    expect(['Needs improvement', 'Developing']).toContain(weak.ratingWord);
  });

  it('quotes strengths verbatim from the answers', () => {
    const report = summarizeInterview(strongTranscript);
    expect(report.strengths.length).toBeGreaterThanOrEqual(2);
    expect(report.strengths.length).toBeLessThanOrEqual(3);
    for (const strength of report.strengths) expect(allAnswers(strongTranscript)).toContain(strength.quote);
    for (const row of report.competencies) if (row.quote) expect(allAnswers(strongTranscript)).toContain(row.quote);
  });

  it('gives 3–4 improvements, each with a concrete technique', () => {
    for (const transcript of [strongTranscript, weakTranscript]) {
      const report = summarizeInterview(transcript);
      expect(report.improvements.length).toBeGreaterThanOrEqual(3);
      expect(report.improvements.length).toBeLessThanOrEqual(4);
      for (const improvement of report.improvements) {
        expect(improvement.technique.length).toBeGreaterThan(10);
        if (improvement.quote) expect(allAnswers(transcript)).toContain(improvement.quote);
      }
    }
    const weak = summarizeInterview(weakTranscript);
    expect(weak.improvements.map((item) => item.technique).join(' ')).toMatch(/STAR|CAR|Quantify/);
  });

  it('rewrites the weakest answer without inventing facts', () => {
    const report = summarizeInterview([...strongTranscript.slice(0, 1), ...weakTranscript.slice(0, 2)]);
    const rewrite = report.rewrite;
    expect(rewrite).not.toBeNull();
    if (!rewrite) return;
    expect([answers.weakVague, answers.weakTeam]).toContain(rewrite.before);
    expect(rewrite.after).toMatch(/^Situation: /m);
    expect(rewrite.after).toMatch(/^Result: \[What was the result/m);
    // Every word outside the bracketed placeholders and STAR labels comes from the original answer.
    const beforeWords = new Set(rewrite.before.toLowerCase().match(/[a-z0-9']+/g));
    const ownWords = rewrite.after.replace(/\[[^\]]*\]/g, '').replace(/^(Situation|Task|Action|Result):/gm, '').toLowerCase().match(/[a-z0-9']+/g) ?? [];
    for (const word of ownWords) expect(beforeWords.has(word), word).toBe(true);
    expect(rewrite.after).not.toMatch(/\b(um|basically|you know)\b/i);
  });

  it('plans 7–10 days of practice aimed at the weak areas', () => {
    const report = summarizeInterview(weakTranscript);
    expect(report.practicePlan.length).toBeGreaterThanOrEqual(7);
    expect(report.practicePlan.length).toBeLessThanOrEqual(14);
    expect(report.practicePlan.map((day) => day.day)).toEqual(report.practicePlan.map((_, index) => index + 1));
    expect(report.practicePlan.at(-1)?.focus).toBe('Full mock interview');
    expect(report.suggestions.length).toBeGreaterThan(2);
    expect(report.summary).toMatch(/3 of 3 questions/);
  });

  it('uses evaluations given with the transcript instead of re-evaluating', () => {
    const evaluation = evaluateAnswer({ question: { text: 'Q?' }, answer: answers.strongRetail });
    // The rating reads the given evaluation's measurements: one that found no words rates 1, whatever the text says.
    const given = { ...evaluation, overall: 1, length: { words: 0, sentences: 0, verdict: 'empty' as const } };
    const report = summarizeInterview([{ question: { id: 'x', text: 'Q?' }, answer: answers.strongRetail, evaluation: given }]);
    expect(report.perAnswer).toEqual([{ questionId: 'x', overall: 1 }]);
    expect(report.rating).toBe(1);
    expect(summarizeInterview([{ question: { id: 'x', text: 'Q?' }, answer: answers.strongRetail }]).rating).toBeGreaterThanOrEqual(4);
  });

  it('says there is nothing to assess when no question was answered, and claims no strengths', () => {
    const report = summarizeInterview([{ question: { text: 'Tell me about yourself.' }, answer: '' }]);
    expect(report.rating).toBe(1);
    expect(report.strengths).toEqual([]);
    expect(report.summary).toMatch(/No answers/);
  });
});
