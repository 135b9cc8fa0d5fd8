import type { ParsedJob } from '#shared/ai/job.ts';
import { parseJob } from '#server/ai/offline/job/parse-job.ts';
import { findSkills } from './find-skills.ts';

/**
 * parseJob, and when it finds no must-have or nice-to-have skill (a one-line or unstructured description), every skill
 * the text names counts as required, so a short job text still yields something to compare against.
 */
export function readJobSkills(text: string): ParsedJob {
  const parsed = parseJob(text);
  if (parsed.mustHave.length > 0 || parsed.niceToHave.length > 0) return parsed;
  const seen = new Set<string>();
  const mustHave = findSkills(text)
    .filter((mention) => (seen.has(mention.name) ? false : (seen.add(mention.name), true)))
    .map(({ name, kind, start, end, text: surface }) => ({ name, kind, start, end, text: surface }));
  return { ...parsed, mustHave };
}
