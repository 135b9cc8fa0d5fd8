import { describe, expect, it } from 'vitest';
import { isBackChannel, pairTurns, type SpokenTurn } from './pair-turns.ts';

const I = (text: string): SpokenTurn => ({ role: 'interviewer', text });
const C = (text: string): SpokenTurn => ({ role: 'candidate', text });

describe('pairing a spoken interview into questions and answers', () => {
  it('skips small talk, keeps an answer whole across back-channels, and gives a follow-up to its question', () => {
    const exchanges = pairTurns([
      I('Hi, thanks for coming in today. How are you doing?'),
      C("I'm good, thanks. A little nervous."),
      I("That's totally normal. Did you find the building okay?"),
      C('Yeah, no problem.'),
      I('Great. So let\'s get started. Tell me about yourself.'),
      C("So I'm a junior in mechanical engineering."),
      I('Mhm.'),
      C('Last summer I interned at Bosch.'),
      I('Okay, great. Tell me about a time when you demonstrated leadership.'),
      C('The suspension group missed two deadlines, so I split the work into three packages.'),
      I('Right.'),
      C('We delivered three weeks early.'),
      I('And how did the team take the change?'),
      C('At first two people felt it was micromanaging.'),
      I('Nice. What is your greatest weakness?'),
      C('I say yes to too many things.'),
      I('Great, thank you. Do you have any questions for me?'),
      C('Yes, what does a typical first month look like?'),
      I('Good question. We can talk about that later. Thanks for coming.'),
    ]);
    expect(exchanges.map((exchange) => exchange.question)).toEqual([
      'Tell me about yourself.',
      'Tell me about a time when you demonstrated leadership.',
      'What is your greatest weakness?',
    ]);
    expect(exchanges[0]).toMatchObject({ answer: "So I'm a junior in mechanical engineering. Last summer I interned at Bosch.", answerTurns: 2, followUps: [] });
    expect(exchanges[1]?.followUps).toEqual(['And how did the team take the change?']);
    expect(exchanges[1]?.answerTurns).toBe(3);
    expect(exchanges[1]?.answer).toMatch(/three packages\. We delivered three weeks early\. At first two people/);
    // The candidate's own question after "any questions for me?" is no answer.
    expect(exchanges[2]?.answer).toBe('I say yes to too many things.');
  });

  it('tells a new question from a follow-up, whatever acknowledgement opens the turn', () => {
    const exchanges = pairTurns([
      I('Tell me about a time you showed leadership.'),
      C('In most of my group projects I was the one organizing things.'),
      I('Can you give me a specific example?'),
      C('Well, in the capstone I set up the Gantt chart.'),
      I('Do you know by how much it helped?'),
      C('Not exactly.'),
      I("That's impressive."),
      C('Thanks.'),
      I('Good. And what about a challenge you faced in a team?'),
      C('Two of us needed the same instrument the same week.'),
      I('In a work or study context?'),
      C('In my placement.'),
      I('Why should we hire you?'),
      C('I have hands-on lab experience.'),
    ]);
    expect(exchanges.map((exchange) => [exchange.question, exchange.followUps])).toEqual([
      ['Tell me about a time you showed leadership.', ['Can you give me a specific example?', 'Do you know by how much it helped?']],
      ['And what about a challenge you faced in a team?', ['In a work or study context?']],
      ['Why should we hire you?', []],
    ]);
    // A remark with no question in it is a back-channel: the answer goes on.
    expect(exchanges[0]?.answer).toMatch(/Not exactly\. Thanks\.$/);
  });

  it('keeps a question nobody answered, with an empty answer, and ignores empty turns', () => {
    const exchanges = pairTurns([I('Tell me about yourself.'), C('   '), I('What is your greatest weakness?'), C('Public speaking.')]);
    expect(exchanges.map((exchange) => [exchange.question, exchange.answer, exchange.answerTurns])).toEqual([
      ['Tell me about yourself.', '', 0],
      ['What is your greatest weakness?', 'Public speaking.', 1],
    ]);
  });

  it('knows a back-channel when it hears one', () => {
    for (const text of ['Mhm.', 'Okay, great.', 'Right, I see.', 'Uh-huh', 'Got it, thanks.', 'Interesting.']) expect(isBackChannel(text), text).toBe(true);
    for (const text of ['Okay, why?', 'Tell me about yourself.', 'And what was the result?']) expect(isBackChannel(text), text).toBe(false);
  });
});
