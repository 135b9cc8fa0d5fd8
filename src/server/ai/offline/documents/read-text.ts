import { DocumentError } from './document-error.ts';
import type { DocumentContent } from './document-types.ts';

/** UTF-8 (BOM stripped) or UTF-16 with a BOM; invalid UTF-8 falls back to Windows-1252, which every byte decodes in. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Markdown markup that carries no words: heading hashes, emphasis, link targets. */
function stripMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/, '')
        .replace(/^\s*[-*+]\s+/, '• ')
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/__([^_]+)__/g, '$1')
        .replace(/(^|\s)[*_]([^*_\s][^*_]*?)[*_](?=\s|$|[.,;:])/g, '$1$2')
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
        .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/, ''),
    )
    .join('\n');
}

export function readText(bytes: Uint8Array, format: 'txt' | 'md'): DocumentContent {
  const decoded = decodeText(bytes).replace(/\r\n?/g, '\n').replace(/\t/g, '   ');
  let controls = 0;
  for (let index = 0; index < decoded.length; index += 1) {
    const code = decoded.charCodeAt(index);
    if (code < 9 || (code > 13 && code < 32) || code === 0xfffd) controls += 1;
  }
  if (decoded.length > 0 && controls / decoded.length > 0.02) {
    throw new DocumentError('unsupported_type', 'The file is not readable text (it looks binary).');
  }
  const text = (format === 'md' ? stripMarkdown(decoded) : decoded).trim();
  if (text === '') throw new DocumentError('empty_file', 'The file contains no text.');
  return { text, format };
}
