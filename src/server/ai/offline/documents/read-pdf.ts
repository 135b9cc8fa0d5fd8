import { DocumentError } from './document-error.ts';
import type { DocumentContent, DocumentLine, OcrOptions, ParseLimits } from './document-types.ts';
import { layoutPdfPage, type PdfTextItem } from './layout-pdf-page.ts';
import { ocrPdf } from './ocr-pdf.ts';
import { readInWorker } from './read-in-worker.ts';
import type { RawPdf, RawPdfItem } from './read-raw-document.ts';

function toTextItem(item: RawPdfItem): PdfTextItem {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
  return { text: item.str, x, y, width: item.width, fontSize };
}

/** The text of a PDF's pages in reading order (columns read left first); undefined for a PDF without a text layer. */
export function layOutPdf(pdf: RawPdf): DocumentContent | undefined {
  const lines: DocumentLine[] = [];
  let columns = 1;
  for (const [index, page] of pdf.pages.entries()) {
    const pageNumber = index + 1;
    const layout = layoutPdfPage(page.items.map(toTextItem), page.width, pageNumber);
    columns = Math.max(columns, layout.columns);
    if (lines.length > 0) lines.push({ text: '', page: pageNumber });
    lines.push(...layout.lines);
  }
  const text = lines.map((line) => line.text).join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (text.replace(/\s/g, '').length < 20) return undefined;
  return { text, lines, format: 'pdf', pages: pdf.numPages, ...(columns > 1 ? { columns } : {}) };
}

export function noTextLayer(numPages: number): DocumentError {
  return new DocumentError('no_text_layer', `The PDF has ${numPages} page(s) but no text layer (a scan?), and OCR is not available or found no text, so it cannot be read.`);
}

/**
 * Text from a PDF's text layer, in reading order. pdf.js reads it in a worker with a deadline and a heap cap
 * (`limits`). A PDF with pages but no text (a scan) is read by OCR when pdftoppm and tesseract are installed
 * (`ocr: true`), and otherwise fails with `no_text_layer`: pdf.js cannot rasterise without a canvas.
 */
export async function readPdf(bytes: Uint8Array, ocr: OcrOptions | false = {}, limits?: ParseLimits): Promise<DocumentContent> {
  const pdf = await readInWorker('pdf', bytes, limits);
  const content = layOutPdf(pdf);
  if (content) return content;
  const recognised = ocr === false ? null : await ocrPdf(bytes, ocr);
  if (recognised) return { ...recognised, format: 'pdf', pages: pdf.numPages, ocr: true };
  throw noTextLayer(pdf.numPages);
}
