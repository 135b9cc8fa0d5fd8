import type { DocumentFormat, DocumentInput } from './document-types.ts';

const textExtensions: Record<string, DocumentFormat> = { txt: 'txt', text: 'txt', md: 'md', markdown: 'md', json: 'json' };

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((value, index) => bytes[index] === value);
}

/** The zip's central directory stores entry names uncompressed, so a byte search finds word/document.xml. */
function containsAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}

/**
 * The type comes from the content (magic bytes) first; the extension and MIME type only decide between the
 * text formats, which have no signature. Returns null for anything that is not a document Parley reads.
 */
export function detectDocumentType(input: DocumentInput): DocumentFormat | 'zip' | 'rtf' | 'binary' | null {
  const { bytes } = input;
  const head = bytes.subarray(0, 1024);
  if (containsAscii(head, '%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return containsAscii(bytes, 'word/document.xml') ? 'docx' : 'zip';
  }
  if (containsAscii(head.subarray(0, 8), '{\\rtf')) return 'rtf';
  const extension = input.fileName.toLowerCase().split('.').pop() ?? '';
  const mime = (input.mimeType ?? '').toLowerCase();
  if (looksBinary(head)) return 'binary';
  if (extension in textExtensions) return textExtensions[extension] ?? null;
  if (mime === 'application/json') return 'json';
  if (mime === 'text/markdown') return 'md';
  if (mime.startsWith('text/')) return 'txt';
  if (extension === '' || mime === '') return 'txt';
  return null;
}

/** NUL bytes or many control characters mean an image, archive or other binary, not text. */
function looksBinary(head: Uint8Array): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return head.length > 0 && control / head.length > 0.05;
}
