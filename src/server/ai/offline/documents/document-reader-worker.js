// @ts-check
/**
 * Runs in a worker thread (read-in-worker.ts): the libraries that take a PDF or DOCX apart see a hostile file here,
 * where a memory cap and a deadline can stop them, never in the server's own thread. It reads one file per message,
 * `{ id, kind, bytes }`, and answers `{ id, ...answer }`; the pool that owns it terminates it past the deadline. Plain JavaScript so that the
 * worker starts the same from the sources and from the compiled server (decision 038). It answers the raw material
 * only (the PDF's text items per page, the DOCX's HTML); the layout is worked out by the caller.
 */
import { parentPort } from 'node:worker_threads';
import { pdfInflatedSize, zipInflatedSize } from './inflated-size.js';

/** @param {unknown} error */
function reasonOf(error) {
  return error instanceof Error ? error.message : String(error);
}

/** @param {Uint8Array} bytes */
async function readPdfItems(bytes) {
  const { getDocumentProxy } = await import('unpdf');
  let pdf;
  try {
    pdf = await getDocumentProxy(bytes, { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    return { ok: false, code: 'unreadable_document', message: `The PDF could not be opened (${reasonOf(error)}).` };
  }
  try {
    const pages = [];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber += 1) {
      try {
        const page = await pdf.getPage(pageNumber);
        const content = await page.getTextContent();
        const items = [];
        for (const item of content.items) {
          if (!('str' in item)) continue;
          items.push({ str: item.str, transform: item.transform, width: item.width, height: item.height });
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

/** @param {Uint8Array} bytes */
async function readDocxHtml(bytes) {
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { ok: true, kind: 'docx', html: result.value };
  } catch (error) {
    return { ok: false, code: 'unreadable_document', message: `The DOCX file could not be read (${reasonOf(error)}).` };
  }
}

// Both libraries load before the first file, and the pool hears when they have: the deadline is for reading, not for
// starting up (which takes seconds on a busy machine).
await Promise.all([import('unpdf'), import('mammoth')]);
parentPort?.postMessage({ ready: true });

/**
 * A file whose compressed parts inflate past `maxInflatedMb` is refused before a library reads it: they would inflate
 * into array buffers, which the heap cap does not bound.
 * @param {{ kind: 'pdf' | 'docx'; bytes: Uint8Array; maxInflatedMb: number }} request
 */
function tooMuchInflated(request) {
  const budget = request.maxInflatedMb * 1024 * 1024;
  const size = request.kind === 'pdf' ? pdfInflatedSize(request.bytes, budget) : zipInflatedSize(request.bytes, budget);
  if (size <= budget) return undefined;
  const label = request.kind === 'pdf' ? 'The PDF' : 'The DOCX file';
  return { ok: false, code: 'too_complex', message: `${label} expands to more than ${request.maxInflatedMb} MB when unpacked, took too much memory to read and was stopped.` };
}

parentPort?.on('message', async (/** @type {{ id: number; kind: 'pdf' | 'docx'; bytes: Uint8Array; maxInflatedMb: number }} */ request) => {
  let answer;
  try {
    answer = tooMuchInflated(request) ?? (request.kind === 'pdf' ? await readPdfItems(request.bytes) : await readDocxHtml(request.bytes));
  } catch (error) {
    answer = { ok: false, code: 'unreadable_document', message: `The file could not be read (${reasonOf(error)}).` };
  }
  parentPort?.postMessage({ id: request.id, ...answer });
});
