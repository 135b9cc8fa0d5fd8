import { DocumentError } from './document-error.ts';
import type { DocumentContent, DocumentInput, ReadDocumentOptions } from './document-types.ts';
import { detectDocumentType } from './detect-document-type.ts';
import { readDocx } from './read-docx.ts';
import { readJsonResume } from './read-json-resume.ts';
import { readPdf } from './read-pdf.ts';
import { readText } from './read-text.ts';

export const defaultMaxDocumentBytes = 10 * 1024 * 1024;

/** The file's type from its content, once its size is known to be in bounds (else a `DocumentError`). */
export function checkDocument(input: DocumentInput, maxBytes = defaultMaxDocumentBytes): ReturnType<typeof detectDocumentType> {
  if (input.bytes.byteLength === 0) throw new DocumentError('empty_file', `${input.fileName} is empty.`);
  if (input.bytes.byteLength > maxBytes) {
    throw new DocumentError('too_large', `${input.fileName} is ${input.bytes.byteLength} bytes; the limit is ${maxBytes}.`);
  }
  return detectDocumentType(input);
}

/** Reads a PDF, DOCX, TXT, Markdown or JSON Resume file into text; failures are `DocumentError`s with a stable code. */
export async function readDocument(input: DocumentInput, options: ReadDocumentOptions = {}): Promise<DocumentContent> {
  const type = checkDocument(input, options.maxBytes);
  switch (type) {
    case 'pdf':
      return readPdf(input.bytes, options.ocr, options.limits);
    case 'docx':
      return readDocx(input.bytes, options.limits);
    case 'txt':
    case 'md':
      return readText(input.bytes, type);
    case 'json':
      return readJsonResume(input.bytes);
    case 'zip':
      throw new DocumentError('unsupported_type', `${input.fileName} is a ZIP archive, not a DOCX document.`);
    case 'rtf':
      throw new DocumentError('unsupported_type', `${input.fileName} is an RTF document; save it as PDF or DOCX.`);
    case 'binary':
    case null:
      throw new DocumentError('unsupported_type', `${input.fileName} is not a PDF, DOCX, TXT, Markdown or JSON Resume file.`);
    default: {
      const unexpected: never = type;
      throw new DocumentError('unsupported_type', `Unsupported document type ${String(unexpected)}.`);
    }
  }
}
