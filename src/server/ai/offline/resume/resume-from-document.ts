import type { ParsedResume } from '#shared/ai/resume.ts';
import { repairMojibake } from '#shared/text/repair-mojibake.ts';
import type { DocumentContent } from '#server/ai/offline/documents/document-types.ts';
import { parseResume, type ParseResumeOptions } from './parse-resume.ts';

export type ParsedResumeDocument = ParsedResume & { format: 'pdf' | 'docx' | 'txt' | 'md' | 'json'; pages?: number };

/** A document's text → parsed resume. A JSON Resume input passes through as given; its rendered text still yields entities. */
export function resumeFromDocument(document: DocumentContent, options: ParseResumeOptions = {}): ParsedResumeDocument {
  // "Company Name ï¼ City": a wrong encoding on the way is put right before anything reads or quotes the text.
  const parsed = parseResume(repairMojibake(document.text), { ...options, ...(document.columns ? { columns: document.columns } : {}), ...(document.ocr ? { ocrText: true } : {}) });
  const pages = document.pages ? { pages: document.pages } : {};
  if (document.jsonResume) return { ...parsed, resume: document.jsonResume, warnings: [], format: document.format, ...pages };
  return { ...parsed, format: document.format, ...pages };
}
