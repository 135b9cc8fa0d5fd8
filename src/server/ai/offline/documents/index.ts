export { detectDocumentType } from './detect-document-type.ts';
export { DocumentError, type DocumentErrorCode } from './document-error.ts';
export type { DocumentContent, DocumentFormat, DocumentInput, DocumentLine, OcrCommands, OcrOptions, ParseLimits, ReadDocumentOptions } from './document-types.ts';
export { checkDocument, defaultMaxDocumentBytes, readDocument } from './read-document.ts';
export { isOcrAvailable } from './ocr-pdf.ts';
export { defaultParseLimits, documentReaderCount, parseInWorker, warmDocumentReaders } from './read-in-worker.ts';
export { findJsonResumeProblem, jsonResumeLimits, type JsonResumeProblem } from './json-resume-limits.ts';
