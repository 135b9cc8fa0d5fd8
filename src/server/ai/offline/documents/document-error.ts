export type DocumentErrorCode = 'no_text_layer' | 'unreadable_document' | 'unsupported_type' | 'empty_file' | 'too_large' | 'too_complex';

/** A file that cannot be read as a resume; the code is stable so callers can show a per-file reason. */
export class DocumentError extends Error {
  readonly code: DocumentErrorCode;

  constructor(code: DocumentErrorCode, message: string) {
    super(message);
    this.name = 'DocumentError';
    this.code = code;
  }
}
