import { maskPersonalData } from '#server/ai/index.ts';
import type { Resume } from '#shared/ai/resume.ts';

/** Well inside every embedding model's input limit (8k tokens for OpenAI's). */
const maxDocumentChars = 8000;

/**
 * The parts of a CV that say what someone can do — never who they are, how to reach them or where they live — as
 * JSON paths into the JSON Resume profile. Full-text search reads the same paths in SQL, semantic search embeds them.
 */
export const candidateDocumentPaths = [
  'basics.label',
  'basics.summary',
  'skills[*].name',
  'skills[*].keywords[*]',
  'work[*].position',
  'work[*].name',
  'work[*].summary',
  'work[*].highlights[*]',
  'education[*].studyType',
  'education[*].area',
  'education[*].institution',
  'certificates[*].name',
  'projects[*].name',
  'projects[*].description',
  'projects[*].highlights[*]',
  'languages[*].language',
] as const;

function collectStrings(value: unknown, steps: readonly string[]): string[] {
  if (steps.length === 0) return typeof value === 'string' ? [value] : [];
  const [step, ...rest] = steps as [string, ...string[]];
  const all = step.endsWith('[*]');
  const key = all ? step.slice(0, -3) : step;
  const next = key && value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  if (!all) return collectStrings(next, rest);
  return Array.isArray(next) ? next.flatMap((item) => collectStrings(item, rest)) : [];
}

export type CandidateIdentity = { name?: string | null; email?: string | null; phone?: string | null };

/** What a candidate is searched by: the CV's skills and experience, with the person's name, contacts and markers (she, Mrs., born 1985) cut out. */
export function candidateDocument(resume: Resume, identity: CandidateIdentity): string {
  const text = candidateDocumentPaths
    .flatMap((path) => collectStrings(resume, path.split('.')))
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n');
  return maskPersonalData(text, identity).replace(/█+/g, ' ').slice(0, maxDocumentChars).trim();
}

/** What a job is searched by: its title and description. */
export function jobDocument(job: { title: string; description: string }): string {
  return `${job.title}\n\n${job.description}`.slice(0, maxDocumentChars).trim();
}
