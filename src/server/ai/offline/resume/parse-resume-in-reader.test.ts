import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readResumeFixture } from '#tests/fixtures/hiring.ts';
import { DocumentError } from '#server/ai/offline/documents/index.ts';
import { extractSkills } from '#server/ai/offline/skills/extract-skills.ts';
import { parseResumeDocument } from './parse-resume-document.ts';
import { parseResumeInReader } from './parse-resume-in-reader.ts';

const resumesDir = new URL('../../../../../tests/fixtures/resumes/', import.meta.url);
const fixtureFiles = readdirSync(resumesDir).filter((name) => /\.(pdf|docx|txt|md|json)$/.test(name) && !name.startsWith('scanned') && name !== 'corrupt.pdf');

async function outcome(parse: Promise<unknown>): Promise<unknown> {
  try {
    return await parse;
  } catch (error) {
    if (error instanceof DocumentError) return { code: error.code, message: error.message };
    throw error;
  }
}

describe('parseResumeInReader (decision 052)', () => {
  it('covers PDFs, DOCX, TXT, Markdown and a JSON Resume among the fixtures', () => {
    expect(new Set(fixtureFiles.map((name) => name.split('.').pop()))).toEqual(new Set(['pdf', 'docx', 'txt', 'md', 'json']));
  });

  it('returns, from a document reader, the same parsed resume as the parser on this thread, for every fixture', async () => {
    for (const fileName of fixtureFiles) {
      const input = { bytes: new Uint8Array(readResumeFixture(fileName)), fileName };
      const [inReader, here] = await Promise.all([outcome(parseResumeInReader(input)), outcome(parseResumeDocument(input, { extractSkills }))]);
      expect(inReader, fileName).toEqual(here);
      expect(inReader, fileName).toHaveProperty('resume');
    }
  }, 120_000);

  it('fails a broken file with the same code as the parser on this thread', async () => {
    const input = { bytes: new Uint8Array(readResumeFixture('corrupt.pdf')), fileName: 'corrupt.pdf' };
    const inReader = await outcome(parseResumeInReader(input));
    expect(inReader).toEqual(await outcome(parseResumeDocument(input, { extractSkills })));
    expect(inReader).toMatchObject({ code: 'unreadable_document' });
  });

  it('fails a PDF without a text layer with no_text_layer when OCR is off', async () => {
    const input = { bytes: new Uint8Array(readResumeFixture('scanned.pdf')), fileName: 'scanned.pdf' };
    await expect(parseResumeInReader(input, { ocr: false })).rejects.toMatchObject({ code: 'no_text_layer' });
  });

  it('terminates the reader of a file past its deadline, failing only that file with too_complex, and carries on', async () => {
    const good = ['accountant.pdf', 'chef.docx', 'electrician.txt'].map((fileName) => ({ bytes: new Uint8Array(readResumeFixture(fileName)), fileName }));
    // Nine megabytes of text cannot be decoded and parsed within a millisecond: its reader is terminated mid-file.
    const huge = { bytes: new TextEncoder().encode('Senior engineer at Acme Corp in Berlin since 2019. '.repeat(180_000)), fileName: 'huge.txt' };
    const [first, bomb, ...rest] = await Promise.all([
      outcome(parseResumeInReader(good[0]!)),
      outcome(parseResumeInReader(huge, { limits: { timeoutMs: 1 } })),
      ...good.slice(1).map((input) => outcome(parseResumeInReader(input))),
    ]);
    expect(bomb).toMatchObject({ code: 'too_complex', message: expect.stringContaining('took longer than') });
    expect([first, ...rest].map((parsed) => (parsed as { resume?: { basics?: { name?: string } } }).resume?.basics?.name)).toEqual([
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
    // The pool carries on with a new reader.
    await expect(parseResumeInReader(good[0]!)).resolves.toEqual(first);
  }, 120_000);
});
