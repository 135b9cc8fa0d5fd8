import { describe, expect, it } from 'vitest';
import { DocumentError } from '#server/ai/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { checkCvFile, toUploadError } from './cv-file.ts';

const limit = 1024;

describe('checkCvFile', () => {
  it('decides the type from the content, whatever the name says', () => {
    expect(checkCvFile({ fileName: 'cv.txt', bytes: Buffer.from('%PDF-1.7\n…') }, limit)).toBe('application/pdf');
    expect(checkCvFile({ fileName: 'cv', bytes: Buffer.from('Jane Doe\nNurse') }, limit)).toBe('text/plain; charset=utf-8');
    expect(() => checkCvFile({ fileName: 'cv.pdf', bytes: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]) }, limit)).toThrow('cv.pdf is not a PDF, DOCX or TXT file.');
    expect(() => checkCvFile({ fileName: 'cv.zip', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]) }, limit)).toThrow(AppError);
  });

  it('refuses empty and oversized files with the status that says so', () => {
    expect(() => checkCvFile({ fileName: 'cv.pdf', bytes: Buffer.alloc(0) }, limit)).toThrow(expect.objectContaining({ code: 'bad_request', message: 'cv.pdf is empty.' }));
    expect(() => checkCvFile({ fileName: 'cv.txt', bytes: Buffer.alloc(limit + 1, 'a') }, limit)).toThrow(expect.objectContaining({ code: 'payload_too_large' }));
  });
});

describe('toUploadError', () => {
  it('turns unreadable documents into 4xx errors naming the file, and leaves other errors alone', () => {
    expect(toUploadError(new DocumentError('no_text_layer', 'x'), 'scan.pdf')).toMatchObject({ code: 'bad_request', message: expect.stringContaining('scan.pdf is a scanned PDF') });
    expect(toUploadError(new DocumentError('unsupported_type', 'x'), 'a.rtf')).toMatchObject({ code: 'unsupported_media_type' });
    const other = new Error('database down');
    expect(toUploadError(other, 'cv.pdf')).toBe(other);
  });
});
