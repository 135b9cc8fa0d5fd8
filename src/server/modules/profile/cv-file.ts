import { detectDocumentType, DocumentError, type DocumentErrorCode } from '#server/ai/index.ts';
import { describeBytes } from '#server/modules/settings/index.ts';
import { AppError, type AppErrorCode } from '#server/platform/errors.ts';

/** A file received as a CV, before it is checked. */
export type ReceivedFile = { bytes: Buffer; fileName: string };

const mimeTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
} as const;

/**
 * The MIME type of a CV, decided by its content (magic bytes; the name only tells plain-text kinds apart), never by what
 * the browser claimed. Empty, oversized and non-CV files are refused with a message naming the file.
 */
export function checkCvFile(file: ReceivedFile, maxBytes: number): string {
  if (file.bytes.byteLength === 0) throw new AppError('bad_request', `${file.fileName} is empty.`);
  if (file.bytes.byteLength > maxBytes) throw tooLarge(file.fileName, maxBytes);
  const type = detectDocumentType({ bytes: file.bytes, fileName: file.fileName });
  if (type === 'pdf' || type === 'docx' || type === 'txt' || type === 'md') return mimeTypes[type];
  throw new AppError('unsupported_media_type', `${file.fileName} is not a PDF, DOCX or TXT file.`);
}

export function tooLarge(fileName: string, maxBytes: number): AppError {
  return new AppError('payload_too_large', `${fileName} is larger than the limit of ${describeBytes(maxBytes)} (uploads.max-file-bytes); upload a CV of at most ${maxBytes} bytes.`);
}

const documentProblems: Record<DocumentErrorCode, { code: AppErrorCode; describe: (fileName: string) => string }> = {
  empty_file: { code: 'bad_request', describe: (name) => `${name} is empty.` },
  too_large: { code: 'payload_too_large', describe: (name) => `${name} is too large.` },
  unsupported_type: { code: 'unsupported_media_type', describe: (name) => `${name} is not a PDF, DOCX or TXT file.` },
  no_text_layer: { code: 'bad_request', describe: (name) => `${name} is a scanned PDF without a text layer; upload a PDF with selectable text or a DOCX.` },
  unreadable_document: { code: 'bad_request', describe: (name) => `${name} is damaged or not a readable document.` },
  too_complex: { code: 'bad_request', describe: (name) => `${name} took too long or too much memory to read and was stopped; save it again as a plain PDF or DOCX.` },
};

/** A document the engine could not read, as the 4xx the uploader sees. */
export function toUploadError(error: unknown, fileName: string): unknown {
  if (!(error instanceof DocumentError)) return error;
  const problem = documentProblems[error.code];
  return new AppError(problem.code, error.detail ? `${problem.describe(fileName)} ${error.detail}` : problem.describe(fileName));
}
