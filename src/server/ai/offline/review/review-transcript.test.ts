import { describe, expect, it } from 'vitest';
import { evaluateAnswer } from '#server/ai/offline/evaluation/evaluate-answer.ts';
import { measureDisfluency, rateAnswer, ratingWordOf } from './rate-answer.ts';
import { reviewTranscript } from './review-transcript.ts';

const I = (text: string) => ({ role: 'interviewer' as const, text });
const C = (text: string) => ({ role: 'candidate' as const, text });
const leadership = 'Tell me about a time you demonstrated leadership.';

const strongTurns = [
  I('Hi, how are you?'),
  C('Good, thanks.'),
  I(leadership),
  C('Our claims dashboard took six hours every Monday because it was pieced together from five Excel files.'),
  I('Mhm.'),
  C('I proposed to automate it and rebuilt the pipeline in SQL with a scheduled refresh, and I trained the two other analysts to maintain it.'),
  I('And what was the result?'),
  C('The Monday report now takes fifteen minutes, and it has not missed a week in a year.'),
  I('What is your greatest weakness?'),
  C('I sometimes build a fix before asking whether people want it. Now I show a rough mock-up first and ask for feedback before I spend the time, and last quarter that saved me two weeks on a report nobody needed.'),
];
const weakTurns = [
  I('Hi. Tell me about a time you demonstrated leadership.'),
  C("Um, I don't, I don't really have, like, a leadership thing. I mean I was in a group project once and I, like, kind of told people what to do sometimes. I guess."),
  I('Mhm. What is your greatest weakness?'),
  C("Um, probably procrastination? Like, I, I wait until the last minute a lot."),
];

describe('reviewing a whole spoken interview', () => {
  it('rates a strong interview well above a weak one, on a continuous scale, with the word of the rounded rating', () => {
    const strong = reviewTranscript({ id: 'a', turns: strongTurns });
    const weak = reviewTranscript({ id: 7, turns: weakTurns });
    expect(strong.perQuestion).toHaveLength(2);
    expect(strong.perQuestion[0]).toMatchObject({ question: leadership, followUps: ['And what was the result?'], answerTurns: 3 });
    expect(strong.rating).toBeGreaterThanOrEqual(3.5);
    expect(weak.rating).toBeLessThan(2.5);
    expect(strong.rating - weak.rating).toBeGreaterThan(1.5);
    expect(weak.id).toBe(7);
    for (const review of [strong, weak]) expect(review.ratingWord).toBe(ratingWordOf(review.rating));
    expect(ratingWordOf(3.49)).toBe('Good');
    expect(ratingWordOf(3.5)).toBe('Strong');
    expect(weak.summary).toMatch(/^2 of 2 questions answered; rating \d\.\d\/5/);
  });

  it('is deterministic', () => {
    expect(reviewTranscript({ id: 'a', turns: strongTurns })).toEqual(reviewTranscript({ id: 'a', turns: strongTurns }));
  });

  it('counts fillers, restarts and hedges as a rate, so a long specific answer is not marked down like a short one', () => {
    const question = 'Tell me about a time you improved a process.';
    const story =
      'At the distributor, um, stockouts on chilled products were about forty a week. I pulled the sales history into Python, found that twenty products caused most of them, and I raised their reorder points. Within two months stockouts fell to twelve a week and waste went down by 8%.';
    const shortOne = 'Um, I, I fixed, like, a process. Um.';
    const longRate = measureDisfluency(story, evaluateAnswer({ question: { text: question }, answer: story }));
    const shortRate = measureDisfluency(shortOne, evaluateAnswer({ question: { text: question }, answer: shortOne }));
    expect(longRate.fillers).toBeGreaterThanOrEqual(1);
    expect(shortRate.restarts).toBe(1);
    expect(longRate.per100Words).toBeLessThan(5);
    expect(shortRate.per100Words).toBeGreaterThan(30);
    const withFillers = rateAnswer(question, story, evaluateAnswer({ question: { text: question }, answer: story }));
    const clean = story.replace('um, ', '');
    expect(withFillers.rating).toBeGreaterThan(rateAnswer(question, clean, evaluateAnswer({ question: { text: question }, answer: clean })).rating - 0.3);
    expect(withFillers.rating).toBeGreaterThanOrEqual(4);
  });

  it('rates an empty answer 1 and finds nothing to rate in small talk alone', () => {
    const empty = reviewTranscript({ id: 'e', turns: [I(leadership), I('What is your greatest weakness?'), C('I, um, rush.')] });
    expect(empty.perQuestion[0]?.rating).toBe(1);
    const none = reviewTranscript({ id: 'n', turns: [I('Hi, how are you?'), C('Fine.')] });
    expect(none).toMatchObject({ rating: 1, perQuestion: [] });
    expect(none.summary).toMatch(/No interview question/);
  });
});
