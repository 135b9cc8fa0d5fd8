export type DocumentErrorCode = 'no_text_layer' | 'unreadable_document' | 'unsupported_type' | 'empty_file' | 'too_large' | 'too_complex';

/** A file that cannot be read as a resume; the code is stable so callers can show a per-file reason. */
export class DocumentError extends Error {
  readonly code: DocumentErrorCode;
  /**
   * What exactly is wrong, for the uploader, when the code alone does not say it ("basics.name has 5000000
   * characters; …"): never the file's name, so a batch under blind screening may show it too.
   */
  readonly detail: string | undefined;

  constructor(code: DocumentErrorCode, message: string, detail?: string) {
    super(message);
    this.name = 'DocumentError';
    this.code = code;
    this.detail = detail;
  }
}
