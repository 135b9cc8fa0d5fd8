/** The kinds of file a ticket may carry, told by their first bytes, never by the name or the browser's claim. */
const signatures: Array<{ mimeType: string; matches: (bytes: Buffer) => boolean }> = [
  { mimeType: 'image/png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mimeType: 'image/jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mimeType: 'image/gif', matches: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')) },
  { mimeType: 'image/webp', matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { mimeType: 'application/pdf', matches: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

/** Text without NUL bytes that decodes as UTF-8 (a log or a copied error message). */
function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The attachment's MIME type by its content, or undefined when it is none of the kinds a ticket accepts. */
export function detectAttachmentType(bytes: Buffer): string | undefined {
  const found = signatures.find((signature) => signature.matches(bytes));
  if (found) return found.mimeType;
  return isPlainText(bytes) ? 'text/plain; charset=utf-8' : undefined;
}

export const acceptedAttachments = 'a PNG, JPEG, GIF or WebP screenshot, a PDF or a plain-text file';
