import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError } from './document-error.ts';
import { isOcrAvailable, ocrPdf } from './ocr-pdf.ts';
import { readDocument } from './read-document.ts';

// OCR needs pdftoppm (poppler-utils) and tesseract (tesseract-ocr, tesseract-ocr-eng). Without them the tests that read
// a scan are skipped with a message, unless REQUIRE_OCR=1 (as in CI), which makes their absence a failure.
const ocrInstalled = await isOcrAvailable();
const runOcr = ocrInstalled || process.env.REQUIRE_OCR === '1';
if (!runOcr) process.stderr.write('OCR tests skipped: pdftoppm and tesseract are not installed (apt-get install poppler-utils tesseract-ocr). Set REQUIRE_OCR=1 to make this a failure.' + '\n');
const fixtures = join(import.meta.dirname, '..', '..', '..', '..', '..', 'tests', 'fixtures', 'resumes');
const fixture = async (name: string) => new Uint8Array(await readFile(join(fixtures, name)));
const missing = { pdftoppm: 'parley-missing-pdftoppm', tesseract: 'parley-missing-tesseract' };
// OCR reads a page in seconds; the guard only keeps a slow machine from failing on vitest's 5 s default.
const slow = 60_000;

// OCR noise is mostly case and spacing, so compare letters, digits and punctuation only.
const squash = (text: string) => text.toLowerCase().replace(/\s+/g, '');

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return (error as DocumentError).code;
  }
  throw new Error('expected a DocumentError');
}

describe('OCR when its programs are missing', () => {
  it('reports programs that cannot be run as absent', async () => {
    expect(await isOcrAvailable(missing)).toBe(false);
    expect(await isOcrAvailable({ pdftoppm: 'pdftoppm', tesseract: missing.tesseract })).toBe(false);
  });

  it('rejects the scanned resume with no_text_layer when OCR is off or its programs are missing', async () => {
    const bytes = await fixture('scanned-text.pdf');
    expect(await ocrPdf(bytes, { commands: missing })).toBeNull();
    expect(await errorCode(readDocument({ bytes, fileName: 'scan.pdf' }, { ocr: { commands: missing } }))).toBe('no_text_layer');
    expect(await errorCode(readDocument({ bytes, fileName: 'scan.pdf' }, { ocr: false }))).toBe('no_text_layer');
  });
});

describe.runIf(runOcr)('OCR of PDFs without a text layer', () => {
  it('finds pdftoppm and tesseract on PATH', async () => {
    expect(await isOcrAvailable()).toBe(true);
  });

  it('reads a scanned resume (an image only) by OCR, flagged as such', { timeout: slow }, async () => {
    const bytes = await fixture('scanned-text.pdf');
    const document = await readDocument({ bytes, fileName: 'scan.pdf' });
    expect(document.format).toBe('pdf');
    expect(document.ocr).toBe(true);
    expect(document.pages).toBe(1);
    expect(squash(document.text)).toContain('mayachen');
    expect(squash(document.text)).toContain('maya.chen@example.com');
    expect(squash(document.text)).toContain('seniorsoftwareengineer');
    expect(document.lines?.every((line) => line.page === 1)).toBe(true);
    expect(document.lines?.map((line) => line.text).join('\n')).toBe(document.text);
  });

  it('does not flag a PDF with a text layer as OCR', async () => {
    const document = await readDocument({ bytes: await fixture('software-engineer.pdf'), fileName: 'cv.pdf' });
    expect(document.ocr).toBeUndefined();
  });

  it('still rejects a scan of shapes with no letters with no_text_layer', { timeout: slow }, async () => {
    const bytes = await fixture('scanned.pdf');
    expect(await ocrPdf(bytes)).toBeNull();
    expect(await errorCode(readDocument({ bytes, fileName: 'scan.pdf' }))).toBe('no_text_layer');
  });

  it('treats an OCR program that fails or times out as no OCR rather than crashing', async () => {
    // A 1 ms limit kills pdftoppm before it can write a page.
    const bytes = await fixture('scanned-text.pdf');
    expect(await ocrPdf(bytes, { timeoutMs: 1 })).toBeNull();
    expect(await errorCode(readDocument({ bytes, fileName: 'scan.pdf' }, { ocr: { timeoutMs: 1 } }))).toBe('no_text_layer');
  });
});
