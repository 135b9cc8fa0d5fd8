import type { Resume } from '#shared/ai/resume.ts';

export type DocumentFormat = 'pdf' | 'docx' | 'txt' | 'md' | 'json';

export type DocumentInput = {
  bytes: Uint8Array;
  fileName: string;
  mimeType?: string;
};

/** One visual line of the document; `heading` is a layout hint (larger or bold font, a DOCX heading style). */
export type DocumentLine = {
  text: string;
  page?: number;
  fontSize?: number;
  heading?: boolean;
};

export type DocumentContent = {
  text: string;
  format: DocumentFormat;
  lines?: DocumentLine[];
  pages?: number;
  /** Set for PDFs whose pages were read as two columns (left, then right). */
  columns?: number;
  /** Set when a PDF without a text layer was read by OCR: the text may contain recognition errors. */
  ocr?: boolean;
  /** Set when the input was already a JSON Resume document. */
  jsonResume?: Resume;
};

export type ReadDocumentOptions = {
  /** Larger inputs fail with `too_large`; 10 MB by default. */
  maxBytes?: number;
  /** OCR for PDFs without a text layer, used when pdftoppm and tesseract can be run; `false` turns it off. */
  ocr?: OcrOptions | false;
  /** The deadline and heap cap of the worker that takes a PDF or DOCX apart. */
  limits?: ParseLimits;
};

/** Past either, a PDF or DOCX fails with `too_complex` (decision 038). */
export type ParseLimits = {
  timeoutMs?: number;
  maxMemoryMb?: number;
};

export type OcrCommands = { pdftoppm: string; tesseract: string };

export type OcrOptions = {
  /** Program names or paths; a name that cannot be run counts as absent (OCR is then skipped). */
  commands?: OcrCommands;
  /** Only the first pages are read: a resume is short and OCR costs seconds per page. */
  maxPages?: number;
  /** Per program run. */
  timeoutMs?: number;
};
