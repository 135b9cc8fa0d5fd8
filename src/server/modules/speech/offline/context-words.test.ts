import { describe, expect, it } from 'vitest';
import type { TranscriptWord } from '#shared/contracts/speech.ts';
import { applyContextWords, type Pronunciations } from './context-words.ts';
import { phoneDistance } from './phone-distance.ts';
import { phonesOf } from './pronunciations.ts';

// CMU pronunciations as cmudict-en-us.dict writes them (Kotlin's is flite's guess, as t2p gives it).
const pronunciations: Pronunciations = new Map(
  Object.entries({
    the: 'dh ah', coddling: 'k aa d l ih ng', kotlin: 'k aa t l ih n', app: 'ae p', fire: 'f ay er', base: 'b ey s', firebase: 'f ay er b ey s',
    back: 'b ae k', end: 'eh n d', and: 'ae n d', backend: 'b ae k eh n d', i: 'ay', built: 'b ih l t', build: 'b ih l d', it: 'ih t', sap: 's ae p', snap: 's n ae p',
  }).map(([word, phones]) => [word, phonesOf(phones)]),
);

function heard(text: string, confidence = 0.5): TranscriptWord[] {
  return text.split(' ').map((word, index) => ({ word, startMs: index * 100, endMs: index * 100 + 90, confidence }));
}
const text = (words: TranscriptWord[]) => words.map((entry) => entry.word).join(' ');

describe('context words in the offline rough draft', () => {
  it('puts a name back where a sound-alike was heard, and joins one heard as two words', () => {
    const result = applyContextWords(heard('the coddling app fire base back end'), ['Kotlin', 'Firebase', 'backend'], pronunciations);
    expect(text(result)).toBe('the Kotlin app Firebase backend');
    // An ordinary word is only joined, never swapped for a sound-alike: "back and" is not "backend".
    expect(text(applyContextWords(heard('back and'), ['backend'], pronunciations))).toBe('back and');
  });

  it('keeps a replaced run’s timing and its lowest confidence, so the correction box still flags it', () => {
    const words: TranscriptWord[] = [
      { word: 'fire', startMs: 1000, endMs: 1300, confidence: 0.9 },
      { word: 'base', startMs: 1300, endMs: 1600, confidence: 0.2 },
    ];
    expect(applyContextWords(words, ['Firebase'], pronunciations)).toEqual([{ word: 'Firebase', startMs: 1000, endMs: 1600, confidence: 0.2 }]);
  });

  it('does not turn ordinary words into their sound-alikes, nor short names into common words', () => {
    // "build" is an ordinary word: "built" stays; "SAP" has three phones: "snap" stays.
    expect(text(applyContextWords(heard('I built it'), ['build'], pronunciations))).toBe('I built it');
    expect(text(applyContextWords(heard('snap it'), ['SAP'], pronunciations))).toBe('snap it');
  });

  it('changes nothing without context, or when nothing sounds close', () => {
    expect(text(applyContextWords(heard('the coddling app'), [], pronunciations))).toBe('the coddling app');
    expect(text(applyContextWords(heard('the app'), ['Kotlin'], pronunciations))).toBe('the app');
  });

  it('skips a name whose pronunciation is unknown rather than guessing from its letters', () => {
    expect(text(applyContextWords(heard('the coddling app'), ['Kotlinx'], pronunciations))).toBe('the coddling app');
  });
});

describe('phone distance', () => {
  it('is 0 for the same sound, cheaper for a vowel or a voiced twin than for an unrelated phone, and 1 for nothing alike', () => {
    expect(phoneDistance(['k', 'aa'], ['k', 'aa'])).toBe(0);
    expect(phoneDistance(['b', 'ih', 'l', 't'], ['b', 'ih', 'l', 'd'])).toBe(0.125);
    expect(phoneDistance(['b', 'ih', 'l', 'k'], ['b', 'ih', 'l', 'd'])).toBe(0.25);
    expect(phoneDistance(['s', 's'], ['k', 'k'])).toBe(1);
  });
});
