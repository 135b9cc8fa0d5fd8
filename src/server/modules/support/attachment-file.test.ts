import { describe, expect, it } from 'vitest';
import { detectAttachmentType } from './attachment-file.ts';

describe('detectAttachmentType', () => {
  it('tells the accepted kinds by their first bytes', () => {
    expect(detectAttachmentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('image/png');
    expect(detectAttachmentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBe('image/jpeg');
    expect(detectAttachmentType(Buffer.from('GIF89a\x01\x00', 'latin1'))).toBe('image/gif');
    expect(detectAttachmentType(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(detectAttachmentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(detectAttachmentType(Buffer.from('Error: ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap'))).toBe('text/plain; charset=utf-8');
  });

  it('refuses what is none of them, whatever it is called', () => {
    expect(detectAttachmentType(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toBeUndefined(); // a Windows program
    expect(detectAttachmentType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00]))).toBeUndefined(); // a ZIP
    expect(detectAttachmentType(Buffer.from([0xc3, 0x28, 0x41]))).toBeUndefined(); // not UTF-8
  });
});
