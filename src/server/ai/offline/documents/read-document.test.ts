import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError } from './document-error.ts';
import { readDocument } from './read-document.ts';

const fixtures = join(import.meta.dirname, '..', '..', '..', '..', '..', 'tests', 'fixtures', 'resumes');
const fixture = async (name: string) => new Uint8Array(await readFile(join(fixtures, name)));
const bytesOf = (text: string) => new TextEncoder().encode(text);

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return (error as DocumentError).code;
  }
  throw new Error('expected a DocumentError');
}

describe('readDocument', () => {
  it('reads a one-column PDF in order, headings and right-aligned dates on their own lines', async () => {
    const document = await readDocument({ bytes: await fixture('software-engineer.pdf'), fileName: 'cv.pdf' });
    expect(document.format).toBe('pdf');
    expect(document.pages).toBe(1);
    expect(document.columns).toBeUndefined();
    const lines = document.text.split('\n');
    expect(lines[0]).toBe('Maya Chen');
    expect(lines).toContain('EXPERIENCE');
    expect(lines).toContain('University of California, Berkeley   Aug 2013 – May 2017');
    expect(document.text.indexOf('EXPERIENCE')).toBeLessThan(document.text.indexOf('EDUCATION'));
    expect(document.lines?.find((line) => line.text === 'Maya Chen')?.heading).toBe(true);
  });

  it('reads a two-column PDF as the name, then the sidebar, then the main column, joining wrapped lines', async () => {
    const document = await readDocument({ bytes: await fixture('pharmacist.pdf'), fileName: 'cv.pdf' });
    expect(document.columns).toBe(2);
    const text = document.text;
    expect(text.startsWith('Hannah Schmidt\nClinical Pharmacist')).toBe(true);
    expect(text.indexOf('CORE COMPETENCIES')).toBeLessThan(text.indexOf('WORK HISTORY'));
    expect(text.indexOf('hannah.schmidt@example.com')).toBeLessThan(text.indexOf('Swedish Medical Center'));
    expect(text).toContain('• Verify 400 medication orders per shift and run the anticoagulation dosing service');
  });

  it('reads DOCX paragraphs, list items as bullets and tab-aligned dates as a wide gap, detected by content not name', async () => {
    const document = await readDocument({ bytes: await fixture('registered-nurse.docx'), fileName: 'upload.bin' });
    expect(document.format).toBe('docx');
    expect(document.text).toContain('Registered Nurse   July 2019 - Present');
    expect(document.text).toContain('• Precepted 9 new graduate nurses during their orientation');
    expect(document.lines?.find((line) => line.text === 'WORK HISTORY')?.heading).toBe(true);
  });

  it('detects a PDF by its magic bytes whatever the file is called', async () => {
    const document = await readDocument({ bytes: await fixture('chef.pdf'), fileName: 'resume.txt' });
    expect(document.format).toBe('pdf');
  });

  it('reads UTF-8 text without its BOM, and Markdown without markup', async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf('José Núñez\nChef')]);
    expect((await readDocument({ bytes: withBom, fileName: 'cv.txt' })).text).toBe('José Núñez\nChef');
    const markdown = await readDocument({ bytes: bytesOf('# Ana Lima\n\n## Skills\n- **Excel**\n- [Site](https://ana.dev)\n'), fileName: 'cv.md' });
    expect(markdown.format).toBe('md');
    expect(markdown.text).toBe('Ana Lima\n\nSkills\n• Excel\n• Site (https://ana.dev)');
  });

  it('rejects a scanned PDF without a text layer with no_text_layer', async () => {
    expect(await errorCode(readDocument({ bytes: await fixture('scanned.pdf'), fileName: 'scan.pdf' }))).toBe('no_text_layer');
  });

  it('rejects a corrupt PDF with unreadable_document', async () => {
    expect(await errorCode(readDocument({ bytes: await fixture('corrupt.pdf'), fileName: 'cv.pdf' }))).toBe('unreadable_document');
  });

  it('rejects images, plain ZIP archives and binary data with unsupported_type', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(await errorCode(readDocument({ bytes: png, fileName: 'photo.png' }))).toBe('unsupported_type');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytesOf('notes.txt some content')]);
    expect(await errorCode(readDocument({ bytes: zip, fileName: 'cvs.zip' }))).toBe('unsupported_type');
    expect(await errorCode(readDocument({ bytes: new Uint8Array([1, 2, 3, 0, 5, 6]), fileName: 'cv.txt' }))).toBe('unsupported_type');
    expect(await errorCode(readDocument({ bytes: bytesOf('plain words'), fileName: 'cv.exe', mimeType: 'application/octet-stream' }))).toBe('unsupported_type');
    expect(await errorCode(readDocument({ bytes: bytesOf('{\\rtf1\\ansi Jane Doe}'), fileName: 'cv.txt' }))).toBe('unsupported_type');
  });

  it('rejects empty and whitespace-only files with empty_file, and oversized ones with too_large', async () => {
    expect(await errorCode(readDocument({ bytes: new Uint8Array(), fileName: 'cv.pdf' }))).toBe('empty_file');
    expect(await errorCode(readDocument({ bytes: bytesOf(' \n\t\n'), fileName: 'cv.txt' }))).toBe('empty_file');
    expect(await errorCode(readDocument({ bytes: bytesOf('x'.repeat(2048)), fileName: 'cv.txt' }, { maxBytes: 1024 }))).toBe('too_large');
  });

  it('accepts a JSON Resume document and refuses other JSON', async () => {
    const resume = await readDocument({ bytes: await fixture('data-analyst.resume.json'), fileName: 'resume.json' });
    expect(resume.format).toBe('json');
    expect(resume.jsonResume?.basics?.name).toBe('Daniel Okafor');
    expect(await errorCode(readDocument({ bytes: bytesOf('{"hello": "world"}'), fileName: 'data.json' }))).toBe('unsupported_type');
    expect(await errorCode(readDocument({ bytes: bytesOf('{"basics": '), fileName: 'broken.json' }))).toBe('unreadable_document');
    expect(await errorCode(readDocument({ bytes: bytesOf('{"work": [{"startDate": "last spring"}]}'), fileName: 'r.json' }))).toBe('unreadable_document');
  });
});
