import { describe, expect, it } from 'vitest';
import { findFigures, nextStoryStep, numbersIn, type StoryTurn } from './story-interviewer.ts';

const nothingFound = { situation: false, task: false, action: false, result: false };
const everythingFound = { situation: true, task: true, action: true, result: true };
const assistant = (asks: StoryTurn['asks']): StoryTurn => ({ role: 'assistant', content: '…', asks });
const user = (content: string): StoryTurn => ({ role: 'user', content, asks: null });

describe('the scripted story interviewer', () => {
  it('asks for the STAR parts in order, moving on once one is answered or asked twice', () => {
    expect(nextStoryStep([assistant('situation')], nothingFound)).toBe('situation');
    expect(nextStoryStep([assistant('situation'), user('At the depot in 2021, during the winter peak.')], nothingFound)).toBe('task');
    expect(nextStoryStep([assistant('situation'), user('Hmm'), assistant('situation'), user('Not sure')], nothingFound)).toBe('task');
  });

  it('asks for a figure once when none was given, then finishes', () => {
    expect(nextStoryStep([user('We shipped it and the team was happy.')], everythingFound)).toBe('number');
    expect(nextStoryStep([user('We shipped it.'), assistant('number'), user('There is no number, sorry.')], everythingFound)).toBe('done');
  });

  it('reads the figures back, and asks again after a correction', () => {
    const told = [user('Close went from nine days to 4 days and I trained 12 people.')];
    expect(nextStoryStep(told, everythingFound)).toBe('confirm');
    expect(nextStoryStep([...told, assistant('confirm'), user("Yes, that's right.")], everythingFound)).toBe('done');
    expect(nextStoryStep([...told, assistant('confirm'), user('Actually it was 14 people.')], everythingFound)).toBe('confirm');
  });

  it('reads figures as people write them, leaving bare years out', () => {
    expect(findFigures('In 2022 we cut costs by 40% and saved $2,000 in 3 weeks for 12 people.')).toEqual(['40%', '$2,000', '3 weeks', '12 people']);
    expect(numbersIn('$2,000 and 2000 and 4.5')).toEqual(['2000', '2000', '4.5']);
  });
});
