export { DocumentError, type DocumentErrorCode } from './document-error.ts';
export type { DocumentContent, DocumentFormat, DocumentInput, DocumentLine, ReadDocumentOptions } from './document-types.ts';
export { defaultMaxDocumentBytes, readDocument } from './read-document.ts';
export { isOcrAvailable, type OcrCommands, type OcrOptions } from './ocr-pdf.ts';
