/**
 * The hostile corpus (decision 038): files built in code at test time, never taken from outside, that every upload
 * route must answer with a clear 4xx or a per-file reason, without crashing, hanging or losing what was stored before.
 */
export { hostileAttachments } from './attachments.ts';
export { hostileAudio } from './audio.ts';
export { buildDocx, documentXml, hostileDocxFiles, injectionDocx } from './docx.ts';
export { hostile, type HostileFile } from './hostile-file.ts';
export { hostileJsonResumeTexts, injectionJsonResume } from './json-resume.ts';
export { hostilePdfs, sampleCvLines, textPdf } from './pdf.ts';
export { formulaStrings, isInertCell, xssStrings } from './strings.ts';
export { hostileZips } from './zip.ts';

import { hostileDocxFiles } from './docx.ts';
import type { HostileFile } from './hostile-file.ts';
import { hostileJsonResumeTexts } from './json-resume.ts';
import { hostilePdfs } from './pdf.ts';

/** Everything a CV upload may receive: PDFs, DOCX files and JSON Resume files. */
export function hostileCvFiles(): HostileFile[] {
  return [...hostilePdfs(), ...hostileDocxFiles(), ...hostileJsonResumeTexts()];
}
