import { checkDocument, DocumentError, parseInWorker, type DocumentInput, type ReadDocumentOptions } from '#server/ai/offline/documents/index.ts';
import { extractSkills } from '#server/ai/offline/skills/extract-skills.ts';
import type { ResumeNlp } from './resume-nlp.ts';
import { parseResumeDocument } from './parse-resume-document.ts';
import type { ParsedResumeDocument } from './resume-from-document.ts';

/**
 * File bytes → parsed resume, read and parsed in one of the document readers (decision 052): the server's thread, which
 * on PGlite also runs every query, only waits. A JSON Resume (checked field by field) and a PDF without a text layer
 * (OCR runs programs of its own) are parsed here, with `nlp`. Throws `DocumentError`, as parseResumeDocument does.
 */
export async function parseResumeInReader(input: DocumentInput, options: ReadDocumentOptions & { nlp?: ResumeNlp } = {}): Promise<ParsedResumeDocument> {
  const format = checkDocument(input, options.maxBytes);
  if (format === 'pdf' || format === 'docx' || format === 'txt' || format === 'md') {
    try {
      return await parseInWorker(format, input.bytes, options.limits);
    } catch (error) {
      if (!(error instanceof DocumentError && error.code === 'no_text_layer' && options.ocr !== false)) throw error;
    }
  }
  return parseResumeDocument(input, { ...options, extractSkills });
}
