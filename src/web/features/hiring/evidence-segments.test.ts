import { describe, expect, it } from 'vitest';
import type { Evidence } from '#shared/contracts/hiring.ts';
import { splitByEvidence } from './evidence-segments.ts';

const text = 'Built services in Go and TypeScript on Kubernetes.';
function at(skill: string, found: string): Evidence {
  const start = text.indexOf(found);
  return { skill, line: 1, lineText: text, start, end: start + found.length, text: found };
}

describe('splitByEvidence', () => {
  it('cuts the text around each piece of evidence, in text order', () => {
    const segments = splitByEvidence(text, [at('Kubernetes', 'Kubernetes'), at('Go', 'Go')]);
    expect(segments).toEqual([
      { text: 'Built services in ' },
      { text: 'Go', skill: 'Go' },
      { text: ' and TypeScript on ' },
      { text: 'Kubernetes', skill: 'Kubernetes' },
      { text: '.' },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('skips spans that overlap an earlier one or fall outside the text', () => {
    const overlapping = { ...at('TypeScript', 'TypeScript'), start: text.indexOf('Script'), end: text.indexOf('Script') + 6 };
    const outside = { ...at('Go', 'Go'), start: 100, end: 104 };
    const segments = splitByEvidence(text, [at('TypeScript', 'TypeScript'), overlapping, outside]);
    expect(segments.filter((segment) => segment.skill).map((segment) => segment.text)).toEqual(['TypeScript']);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });
});
