import { DocumentError } from './document-error.ts';
import type { DocumentContent, DocumentLine, ParseLimits } from './document-types.ts';
import { readInWorker } from './read-in-worker.ts';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (match, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number.parseInt(code.slice(1), 10));
    return entities[code.toLowerCase()] ?? match;
  });
}

/**
 * mammoth's HTML keeps what raw text loses: headings, list items and table cells. Each block element becomes
 * one line; list items get a bullet so highlights stay recognisable; table cells in a row are joined by a wide gap.
 */
export function htmlToLines(html: string): DocumentLine[] {
  const lines: DocumentLine[] = [];
  const blocks = html
    .replace(/<\/(td|th)>\s*<(td|th)[^>]*>/gi, '   ')
    .split(/(?=<(?:p|h[1-6]|li|tr)[\s>])|<\/(?:p|h[1-6]|li|tr|ul|ol|table)>/i);
  for (const block of blocks) {
    const tag = /^<(p|h[1-6]|li|tr)/i.exec(block)?.[1]?.toLowerCase();
    const text = decodeEntities(block.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ''))
      .replace(/\t+/g, '   ')
      .replace(/\u00a0/g, ' ')
      .trim();
    if (text === '') continue;
    for (const part of text.split('\n')) {
      const clean = part.trim();
      if (clean === '') continue;
      const bulleted = tag === 'li' && !/^[•\-*–·▪●]/.test(clean) ? `• ${clean}` : clean;
      lines.push({ text: bulleted, heading: tag?.startsWith('h') === true });
    }
  }
  return lines;
}

/** A DOCX's text from mammoth's HTML. */
export function docxContent(html: string): DocumentContent {
  const lines = htmlToLines(html);
  const text = lines.map((line) => line.text).join('\n').trim();
  if (text === '') throw new DocumentError('empty_file', 'The DOCX file contains no text.');
  return { text, lines, format: 'docx' };
}

/** mammoth reads the DOCX in a worker with a deadline and a heap cap (`limits`): a zip bomb or a maze of XML is stopped. */
export async function readDocx(bytes: Uint8Array, limits?: ParseLimits): Promise<DocumentContent> {
  const { html } = await readInWorker('docx', bytes, limits);
  return docxContent(html);
}
