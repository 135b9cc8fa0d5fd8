import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeZip } from '#tests/support/zip-writer.ts';
import { pdfInflatedSize, zipInflatedSize } from './inflated-size.js';

const megabyte = 1024 * 1024;

describe('inflated size of a document before it is read (decision 038)', () => {
  it('counts a DOCX package entry by entry and stops at the budget, whatever size an entry declares', () => {
    const text = Buffer.from('<w:document>Maria Kowalski</w:document>');
    expect(zipInflatedSize(writeZip([{ name: 'word/document.xml', data: text }, { name: 'a.txt', data: Buffer.from('abc'), compress: false }]), 16 * megabyte)).toBe(text.length + 3);
    const zeros = Buffer.alloc(40 * megabyte);
    expect(zipInflatedSize(writeZip([{ name: 'word/document.xml', data: zeros }]), 16 * megabyte)).toBe(Infinity);
    expect(zipInflatedSize(writeZip([{ name: 'word/document.xml', data: zeros, declaredSize: 1000 }]), 16 * megabyte)).toBe(Infinity);
  });

  it('leaves what is not a ZIP to the reader (counts 0)', () => {
    expect(zipInflatedSize(Buffer.from('not a zip at all'), megabyte)).toBe(0);
    expect(zipInflatedSize(new Uint8Array(0), megabyte)).toBe(0);
  });

  it('sums the deflated streams of a PDF and refuses a bomb without inflating it all', () => {
    const small = zlib.deflateSync(Buffer.from('BT (Maria) Tj ET'));
    const pdf = (data: Buffer) => Buffer.concat([Buffer.from('%PDF-1.7\n5 0 obj << /Filter /FlateDecode >>\nstream\n'), data, Buffer.from('\nendstream\nendobj\n')]);
    expect(pdfInflatedSize(pdf(small), megabyte)).toBe(16);
    expect(pdfInflatedSize(pdf(zlib.deflateSync(Buffer.alloc(40 * megabyte, 'q Q '))), 16 * megabyte)).toBe(Infinity);
  });
});
