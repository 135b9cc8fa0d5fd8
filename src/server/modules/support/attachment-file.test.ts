import { describe, expect, it } from 'vitest';
import { screenshotPng } from '#tests/support/png.ts';
import { detectAttachmentType } from './attachment-file.ts';

describe('detectAttachmentType', () => {
  it('tells the accepted kinds by their content, start and end', () => {
    expect(detectAttachmentType(screenshotPng())).toBe('image/png');
    expect(detectAttachmentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0xff, 0xd9]))).toBe('image/jpeg');
    expect(detectAttachmentType(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'))).toBe('image/gif');
    expect(detectAttachmentType(Buffer.from('RIFF\x08\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(detectAttachmentType(Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n'))).toBe('application/pdf');
    expect(detectAttachmentType(Buffer.from('Error: ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap'))).toBe('text/plain; charset=utf-8');
  });

  it('refuses a signature with something else behind it (a polyglot), so it never replaces a stored screenshot', () => {
    const png = screenshotPng();
    expect(detectAttachmentType(Buffer.concat([png.subarray(0, 8), Buffer.from('<html><script>alert(1)</script></html>')]))).toBeUndefined();
    expect(detectAttachmentType(Buffer.concat([png, Buffer.from('<script>alert(1)</script>')]))).toBeUndefined();
    expect(detectAttachmentType(Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.from('<script>alert(1)</script>')]))).toBeUndefined();
    expect(detectAttachmentType(Buffer.from('RIFF\xff\x00\x00\x00WEBPVP8 ', 'latin1'))).toBeUndefined();
    expect(detectAttachmentType(Buffer.from('%PDF-1.7\n<html><script>alert(1)</script></html>'))).toBeUndefined();
  });

  it('refuses what is none of them, whatever it is called', () => {
    expect(detectAttachmentType(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toBeUndefined(); // a Windows program
    expect(detectAttachmentType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00]))).toBeUndefined(); // a ZIP
    expect(detectAttachmentType(Buffer.from([0xc3, 0x28, 0x41]))).toBeUndefined(); // not UTF-8
    expect(detectAttachmentType(Buffer.from('<!doctype html><script>alert(document.cookie)</script>'))).toBeUndefined();
    expect(detectAttachmentType(Buffer.from(' <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBeUndefined();
  });
});
