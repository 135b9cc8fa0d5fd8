import { readDocument, type DocumentInput, type ReadDocumentOptions } from '#server/ai/offline/documents/index.ts';
import type { ParseResumeOptions } from './parse-resume.ts';
import { resumeFromDocument, type ParsedResumeDocument } from './resume-from-document.ts';

export type { ParsedResumeDocument } from './resume-from-document.ts';

/** File bytes → parsed resume, on this thread (parseResumeInReader parses in a document reader). Throws `DocumentError`. */
export async function parseResumeDocument(input: DocumentInput, options: ParseResumeOptions & ReadDocumentOptions = {}): Promise<ParsedResumeDocument> {
  return resumeFromDocument(await readDocument(input, options), options);
}
