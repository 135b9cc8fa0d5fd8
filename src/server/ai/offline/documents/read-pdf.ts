import { getDocumentProxy } from 'unpdf';
import { DocumentError } from './document-error.ts';
import type { DocumentContent, DocumentLine, OcrOptions } from './document-types.ts';
import { layoutPdfPage, type PdfTextItem } from './layout-pdf-page.ts';
import { ocrPdf } from './ocr-pdf.ts';

type PdfProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

async function openPdf(bytes: Uint8Array): Promise<PdfProxy> {
  try {
    // pdf.js takes ownership of the buffer it is given, so hand it a copy.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocumentError('unreadable_document', `The PDF could not be opened (${reason}).`);
  }
}

async function readPageItems(pdf: PdfProxy, pageNumber: number): Promise<{ items: PdfTextItem[]; width: number }> {
  const page = await pdf.getPage(pageNumber);
  const [, , width] = page.view;
  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
    const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
    items.push({ text: item.str, x, y, width: item.width, fontSize });
  }
  page.cleanup();
  return { items, width: width ?? 612 };
}

/**
 * Text from a PDF's text layer, in reading order. A PDF with pages but no text (a scan) is read by OCR when pdftoppm and
 * tesseract are installed (`ocr: true`), and otherwise fails with `no_text_layer`: pdf.js cannot rasterise without a canvas.
 */
export async function readPdf(bytes: Uint8Array, ocr: OcrOptions | false = {}): Promise<DocumentContent> {
  const pdf = await openPdf(bytes);
  try {
    const lines: DocumentLine[] = [];
    let columns = 1;
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber += 1) {
      let page: { items: PdfTextItem[]; width: number };
      try {
        page = await readPageItems(pdf, pageNumber);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new DocumentError('unreadable_document', `Page ${pageNumber} of the PDF could not be read (${reason}).`);
      }
      const layout = layoutPdfPage(page.items, page.width, pageNumber);
      columns = Math.max(columns, layout.columns);
      if (lines.length > 0) lines.push({ text: '', page: pageNumber });
      lines.push(...layout.lines);
    }
    const text = lines.map((line) => line.text).join('\n').replace(/\n{3,}/g, '\n\n').trim();
    if (text.replace(/\s/g, '').length < 20) {
      const recognised = ocr === false ? null : await ocrPdf(bytes, ocr);
      if (recognised) return { ...recognised, format: 'pdf', pages: pdf.numPages, ocr: true };
      throw new DocumentError('no_text_layer', `The PDF has ${pdf.numPages} page(s) but no text layer (a scan?), and OCR is not available or found no text, so it cannot be read.`);
    }
    return { text, lines, format: 'pdf', pages: pdf.numPages, ...(columns > 1 ? { columns } : {}) };
  } finally {
    await pdf.destroy();
  }
}
