import { resumeSchema } from '#shared/ai/resume.ts';
import { DocumentError } from './document-error.ts';
import type { DocumentContent } from './document-types.ts';
import { decodeText } from './read-text.ts';
import { renderResumeText } from './render-resume-text.ts';

const resumeKeys = ['basics', 'work', 'education', 'skills', 'certificates', 'languages', 'projects'];

/** A JSON Resume document passes through after validation; any other JSON is not a resume. */
export function readJsonResume(bytes: Uint8Array): DocumentContent {
  let data: unknown;
  try {
    data = JSON.parse(decodeText(bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocumentError('unreadable_document', `The JSON file could not be parsed (${reason}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !resumeKeys.some((key) => key in data)) {
    throw new DocumentError('unsupported_type', 'The JSON file is not a JSON Resume document (no basics, work, education or skills).');
  }
  const parsed = resumeSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new DocumentError('unreadable_document', `The JSON Resume document is invalid${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown problem'}.`);
  }
  const text = renderResumeText(parsed.data);
  if (text === '') throw new DocumentError('empty_file', 'The JSON Resume document has no content.');
  return { text, format: 'json', jsonResume: parsed.data };
}
