import { pdfInflatedSize, zipInflatedSize } from './inflated-size.js';
import type { DocumentErrorCode } from './document-error.ts';

/** One PDF text item as pdf.js gives it: the string, its transform matrix and its size. */
export type RawPdfItem = { str: string; transform: number[]; width: number; height: number };
export type RawPdf = { kind: 'pdf'; numPages: number; pages: { items: RawPdfItem[]; width: number }[] };
export type RawDocx = { kind: 'docx'; html: string };
export type RawFailure = { ok: false; code: DocumentErrorCode; message: string; detail?: string };
export type RawAnswer = ((RawPdf | RawDocx) & { ok: true }) | RawFailure;

/*
 * Runs only inside a document reader (document-reader-worker.ts): the libraries that take a PDF or DOCX apart see a
 * hostile file there, where a memory cap and a deadline can stop them, never in the server's own thread (decision 038).
 * It answers the raw material (the PDF's text items per page, the DOCX's HTML); the layout is worked out afterwards.
 */

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readPdfItems(bytes: Uint8Array): Promise<RawAnswer> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf;
  try {
    pdf = await getDocumentProxy(bytes, { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    return { ok: false, code: 'unreadable_document', message: `The PDF could not be opened (${reasonOf(error)}).` };
  }
  try {
    const pages: RawPdf['pages'] = [];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber += 1) {
      try {
        const page = await pdf.getPage(pageNumber);
        const content = await page.getTextContent();
        const items: RawPdfItem[] = [];
        for (const item of content.items) {
          if (!('str' in item)) continue;
          items.push({ str: item.str, transform: item.transform as number[], width: item.width, height: item.height });
        }
        pages.push({ items, width: page.view[2] ?? 612 });
        page.cleanup();
      } catch (error) {
        return { ok: false, code: 'unreadable_document', message: `Page ${pageNumber} of the PDF could not be read (${reasonOf(error)}).` };
      }
    }
    return { ok: true, kind: 'pdf', numPages: pdf.numPages, pages };
  } finally {
    await pdf.destroy();
  }
}

async function readDocxHtml(bytes: Uint8Array): Promise<RawAnswer> {
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { ok: true, kind: 'docx', html: result.value };
  } catch (error) {
    return { ok: false, code: 'unreadable_document', message: `The DOCX file could not be read (${reasonOf(error)}).` };
  }
}

/** Both libraries load before the first file: the deadline is for reading, not for starting up. */
export async function loadRawReaders(): Promise<void> {
  await Promise.all([import('unpdf'), import('mammoth')]);
}

/**
 * A file whose compressed parts inflate past `maxInflatedMb` is refused before a library reads it: they would inflate
 * into array buffers, which the heap cap does not bound.
 */
function tooMuchInflated(kind: 'pdf' | 'docx', bytes: Uint8Array, maxInflatedMb: number): RawFailure | undefined {
  const budget = maxInflatedMb * 1024 * 1024;
  const size = kind === 'pdf' ? pdfInflatedSize(bytes, budget) : zipInflatedSize(bytes, budget);
  if (size <= budget) return undefined;
  const label = kind === 'pdf' ? 'The PDF' : 'The DOCX file';
  return { ok: false, code: 'too_complex', message: `${label} expands to more than ${maxInflatedMb} MB when unpacked, took too much memory to read and was stopped.` };
}

/** A PDF's text items or a DOCX's HTML, or why not; never throws. */
export async function readRawDocument(kind: 'pdf' | 'docx', bytes: Uint8Array, maxInflatedMb: number): Promise<RawAnswer> {
  try {
    return tooMuchInflated(kind, bytes, maxInflatedMb) ?? (kind === 'pdf' ? await readPdfItems(bytes) : await readDocxHtml(bytes));
  } catch (error) {
    return { ok: false, code: 'unreadable_document', message: `The file could not be read (${reasonOf(error)}).` };
  }
}
