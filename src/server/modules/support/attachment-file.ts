const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pngEnd = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * The kinds of file a ticket may carry, told by their content, never by the name or the browser's claim: the first
 * bytes, and the end the format requires (a PNG's IEND, a JPEG's end marker, a GIF's trailer, a RIFF's own length), so
 * a signature with a page or a program after it (a polyglot) is refused rather than stored in place of a screenshot.
 */
const signatures: Array<{ mimeType: string; matches: (bytes: Buffer) => boolean }> = [
  {
    mimeType: 'image/png',
    matches: (b) => b.subarray(0, 8).equals(pngSignature) && b.subarray(12, 16).toString('latin1') === 'IHDR' && b.subarray(-8).equals(pngEnd),
  },
  { mimeType: 'image/jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff && b.subarray(-2).equals(Buffer.from([0xff, 0xd9])) },
  { mimeType: 'image/gif', matches: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')) && b.at(-1) === 0x3b },
  {
    mimeType: 'image/webp',
    matches: (b) => b.length >= 12 && b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' && b.readUInt32LE(4) + 8 + (b.readUInt32LE(4) % 2) === b.length,
  },
  { mimeType: 'application/pdf', matches: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' && b.subarray(-1024).toString('latin1').includes('%%EOF') },
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

/** Markup a browser would run if it ever rendered it: a page, an SVG or XML is never taken as plain text. */
const markup = /^\s*<(!doctype|html|svg|\?xml|script|body|iframe)/i;

/**
 * The attachment's MIME type by its content, or undefined when it is none of the kinds a ticket accepts: also when it
 * starts like one of them but is not built like it (a disguise), and for text that is markup.
 */
export function detectAttachmentType(bytes: Buffer): string | undefined {
  const found = signatures.find((signature) => signature.matches(bytes));
  if (found) return found.mimeType;
  if (startsLikeKnownKind(bytes)) return undefined;
  return isPlainText(bytes) && !markup.test(bytes.subarray(0, 200).toString('utf8')) ? 'text/plain; charset=utf-8' : undefined;
}

function startsLikeKnownKind(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 12).toString('latin1');
  return bytes.subarray(0, 8).equals(pngSignature) || (bytes[0] === 0xff && bytes[1] === 0xd8) || head.startsWith('GIF8') || head.startsWith('RIFF') || head.startsWith('%PDF-');
}

export const acceptedAttachments = 'a PNG, JPEG, GIF or WebP screenshot, a PDF or a plain-text file';
