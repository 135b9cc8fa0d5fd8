/**
 * A document reader: runs in a worker thread of the pool (read-in-worker.ts), which terminates it past a file's
 * deadline or heap cap (decision 038). A second entry point of the server build (scripts/build-server.js): bundled, it
 * starts in a tenth of a second, where the parser's TypeScript sources through a loader take seconds. Per message it
 *   - `read`s a PDF or DOCX into its raw material (text items per page, HTML), for a caller that lays it out itself, or
 *   - `parse`s a PDF, DOCX, TXT or Markdown CV into the parsed resume, so the server's thread only stores it (decision 052).
 */
import { parentPort } from 'node:worker_threads';
import { extractSkills } from '#server/ai/offline/skills/extract-skills.ts';
import { createResumeNlp } from '#server/ai/offline/resume/resume-nlp.ts';
import { resumeFromDocument, type ParsedResumeDocument } from '#server/ai/offline/resume/resume-from-document.ts';
import { DocumentError } from './document-error.ts';
import type { DocumentContent } from './document-types.ts';
import { docxContent } from './read-docx.ts';
import { layOutPdf, noTextLayer } from './read-pdf.ts';
import { loadRawReaders, readRawDocument, type RawAnswer, type RawFailure } from './read-raw-document.ts';
import { readText } from './read-text.ts';

export type ReaderRequest = { id: number; maxInflatedMb: number; bytes: Uint8Array } & (
  | { task: 'read'; kind: 'pdf' | 'docx' }
  | { task: 'parse'; format: 'pdf' | 'docx' | 'txt' | 'md' }
);
export type ParseAnswer = { ok: true; parsed: ParsedResumeDocument } | RawFailure;
export type ReaderAnswer = { id: number } & (RawAnswer | ParseAnswer);

const nlp = createResumeNlp();

async function readContent(request: ReaderRequest & { task: 'parse' }): Promise<DocumentContent | RawFailure> {
  if (request.format === 'txt' || request.format === 'md') return readText(request.bytes, request.format);
  const raw = await readRawDocument(request.format, request.bytes, request.maxInflatedMb);
  if (!raw.ok) return raw;
  if (raw.kind === 'docx') return docxContent(raw.html);
  // A scan: the caller runs OCR (other programs, with their own deadlines) when it can.
  return layOutPdf(raw) ?? failure(noTextLayer(raw.numPages));
}

function failure(error: DocumentError): RawFailure {
  return { ok: false, code: error.code, message: error.message, ...(error.detail ? { detail: error.detail } : {}) };
}

async function parse(request: ReaderRequest & { task: 'parse' }): Promise<ParseAnswer> {
  try {
    const content = await readContent(request);
    if ('ok' in content) return content;
    return { ok: true, parsed: resumeFromDocument(content, { extractSkills, nlp }) };
  } catch (error) {
    if (error instanceof DocumentError) return failure(error);
    return { ok: false, code: 'unreadable_document', message: `The file could not be read as a CV (${error instanceof Error ? error.message : String(error)}).` };
  }
}

// The libraries and language models load before the first file, and the pool hears when they have: the deadline is
// for reading, not for starting up (which takes seconds on a busy machine).
await loadRawReaders();
resumeFromDocument({ text: 'Alex Example\nalex@example.test\nExperience\nEngineer, Acme Corp, London\n2019 – 2023\nSkills\nPython, SQL', format: 'txt' }, { extractSkills, nlp });
parentPort?.postMessage({ ready: true });

async function answer(request: ReaderRequest): Promise<void> {
  const outcome = request.task === 'read' ? await readRawDocument(request.kind, request.bytes, request.maxInflatedMb) : await parse(request);
  parentPort?.postMessage({ id: request.id, ...outcome } satisfies ReaderAnswer);
}

parentPort?.on('message', (request: ReaderRequest) => void answer(request));
