import { resumeSchema } from '#shared/ai/resume.ts';
import { DocumentError } from './document-error.ts';
import type { DocumentContent } from './document-types.ts';
import { findJsonResumeProblem, jsonDepth, jsonResumeLimits } from './json-resume-limits.ts';
import { decodeText } from './read-text.ts';
import { renderResumeText } from './render-resume-text.ts';

const resumeKeys = ['basics', 'work', 'education', 'skills', 'certificates', 'languages', 'projects'];

/**
 * A JSON Resume document passes through after validation; any other JSON is not a resume. Bounded without a worker:
 * every step is one pass over at most the document cap, and what comes out is within `jsonResumeLimits` (decision 038).
 */
export function readJsonResume(bytes: Uint8Array): DocumentContent {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  const depth = jsonDepth(text);
  if (depth > jsonResumeLimits.maxDepth) {
    const detail = `The JSON Resume document nests more than ${jsonResumeLimits.maxDepth} levels deep; a JSON Resume has about four.`;
    throw new DocumentError('too_complex', detail, detail);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocumentError('unreadable_document', `The JSON file could not be parsed (${reason}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !resumeKeys.some((key) => key in data)) {
    throw new DocumentError('unsupported_type', 'The JSON file is not a JSON Resume document (no basics, work, education or skills).');
  }
  const problem = findJsonResumeProblem(data);
  if (problem) throw new DocumentError(problem.kind, `The JSON Resume document is refused: ${problem.message}`, problem.message);
  if (bytes.byteLength > jsonResumeLimits.maxBytes) {
    const detail = `The JSON Resume document is ${bytes.byteLength} bytes; a JSON Resume may have at most ${jsonResumeLimits.maxBytes}.`;
    throw new DocumentError('too_large', detail, detail);
  }
  const parsed = resumeSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    const detail = `The JSON Resume document is invalid${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown problem'}.`;
    throw new DocumentError('unreadable_document', detail, detail);
  }
  const rendered = renderResumeText(parsed.data);
  if (rendered === '') throw new DocumentError('empty_file', 'The JSON Resume document has no content.');
  return { text: rendered, format: 'json', jsonResume: parsed.data };
}
