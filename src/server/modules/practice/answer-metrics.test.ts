import { describe, expect, it } from 'vitest';
import { measureAnswer, spokenSource } from './answer-metrics.ts';

describe('measureAnswer', () => {
  it('counts words, sentences and filler words of a typed answer, with no per-minute rates', () => {
    const metrics = measureAnswer('Um, I basically rebuilt the billing service. It cut failures by half, you know.');
    expect(metrics).toMatchObject({ wordCount: 14, sentences: 2, fillerCount: 3, lengthVerdict: 'too_short' });
    expect(metrics.fillerWords).toEqual({ um: 1, basically: 1, 'you know': 1 });
    expect(metrics.wordsPerMinute).toBeUndefined();
    expect(metrics.durationMs).toBeUndefined();
  });

  it('adds words and fillers per minute when the spoken duration is known', () => {
    const metrics = measureAnswer('Um, I basically rebuilt the billing service. It cut failures by half, you know.', 30_000);
    expect(metrics.durationMs).toBe(30_000);
    expect(metrics.wordsPerMinute).toBe(28);
    expect(metrics.fillersPerMinute).toBe(6);
  });
});

describe('where an answer came from', () => {
  it('is typed without a recording, spoken with one, and an offline rough draft (estimated delivery) when it says so', () => {
    expect(spokenSource({})).toBe('typed');
    expect(spokenSource({ roughDraft: true })).toBe('typed');
    expect(spokenSource({ audioKey: 'a'.repeat(64) })).toBe('stt');
    expect(spokenSource({ audioKey: 'a'.repeat(64), roughDraft: false })).toBe('stt');
    expect(spokenSource({ audioKey: 'a'.repeat(64), roughDraft: true })).toBe('stt_offline');
  });
});
