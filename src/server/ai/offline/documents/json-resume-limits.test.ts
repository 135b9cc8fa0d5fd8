import { describe, expect, it } from 'vitest';
import { blankLongWords, maxWordChars } from '#server/ai/offline/resume/resume-nlp.ts';
import { findEmails } from '#server/ai/offline/resume/find-contacts.ts';
import { DocumentError } from './document-error.ts';
import { findJsonResumeProblem, jsonDepth, jsonResumeLimits } from './json-resume-limits.ts';
import { readDocument } from './read-document.ts';

const bytesOf = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

async function refusal(value: unknown): Promise<DocumentError> {
  try {
    await readDocument({ bytes: bytesOf(value), fileName: 'resume.json' });
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return error as DocumentError;
  }
  throw new Error('expected a DocumentError');
}

describe('JSON Resume limits (decision 038)', () => {
  it('refuses a field past its cap with a reason naming the field, and keeps real prose', async () => {
    const name = await refusal({ basics: { name: 'A'.repeat(5_000_000) } });
    expect(name.code).toBe('too_large');
    expect(name.detail).toBe(`basics.name has 5000000 characters; a JSON Resume field of this kind may have at most ${jsonResumeLimits.maxShortChars}.`);
    const highlight = await refusal({ work: [{ name: 'Acme', highlights: ['Led the team', 'x'.repeat(jsonResumeLimits.maxProseChars + 1)] }] });
    expect(highlight.detail).toMatch(/^work\[0\]\.highlights\[1\] has 20001 characters/);
    const list = await refusal({ skills: Array.from({ length: jsonResumeLimits.maxListItems + 1 }, (_, index) => ({ name: `Skill ${index}` })) });
    expect(list.detail).toBe(`skills has ${jsonResumeLimits.maxListItems + 1} entries; a JSON Resume list may have at most ${jsonResumeLimits.maxListItems}.`);

    const summary = 'Built data pipelines. '.repeat(600);
    const read = await readDocument({ bytes: bytesOf({ basics: { name: 'Maria Kowalski', summary } }), fileName: 'resume.json' });
    expect(read.jsonResume?.basics?.summary).toBe(summary);
  });

  it('refuses a document nested past the limit before parsing it, and one past the byte cap', async () => {
    const deep = await refusal(`{"basics": {"name": "Maria"}, "skills": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(deep.code).toBe('too_complex');
    expect(deep.detail).toContain(`more than ${jsonResumeLimits.maxDepth} levels`);
    const work = Array.from({ length: 400 }, (_, index) => ({ name: `Employer ${index}`, summary: 'y'.repeat(3_000) }));
    const big = await refusal({ basics: { name: 'Maria' }, work });
    expect(big.code).toBe('too_large');
    expect(big.detail).toMatch(/^The JSON Resume document is \d+ bytes; a JSON Resume may have at most 1048576\.$/);
  });

  it('counts depth outside strings only, and finds nothing wrong in a plain resume', () => {
    expect(jsonDepth('{"basics": {"name": "[[[[[[[[[[[[[[[[[[[[[[[[ \\" {{{{"}}')).toBe(2);
    expect(jsonDepth('[[[]]]')).toBe(3);
    expect(findJsonResumeProblem({ basics: { name: 'Maria', profiles: [{ network: 'GitHub' }] }, skills: [{ name: 'SQL', keywords: ['Postgres'] }] })).toBeUndefined();
  });

  it('keeps the parser linear on long words: long words are blanked for wink, e-mail addresses still found', () => {
    const text = `${'A'.repeat(maxWordChars + 1)} https://example.com/${'p'.repeat(100)} Ab`;
    const blanked = blankLongWords(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.trimStart()).toBe(`https://example.com/${'p'.repeat(100)} Ab`);
    const line = `${'a'.repeat(10_000)} maria.k@example.com`;
    expect(findEmails({ text: line, start: 0, end: line.length }).map((found) => found.text)).toEqual(['maria.k@example.com']);
  });
});
