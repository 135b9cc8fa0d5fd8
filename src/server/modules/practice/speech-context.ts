import { extractSkills } from '#server/ai/index.ts';
import { findCandidateContext, findCurrentCvEmployers } from './context.repo.ts';
import type { PracticeDeps } from './practice-deps.ts';
import type { SessionRecord } from './sessions.repo.ts';

/** Enough for a CV's and a job's names; more only adds sound-alikes for the offline draft to confuse. */
const maxTerms = 80;

/**
 * What a spoken answer to this question is likely to name, for the offline rough draft to spell right: the candidate's
 * key skills and employers, the session's focus skills, and the skills the job description and the question name.
 */
export async function speechContextFor(deps: PracticeDeps, userId: string, record: SessionRecord, questionText: string): Promise<string[]> {
  const [candidate, employers] = await Promise.all([findCandidateContext(deps.db, userId), findCurrentCvEmployers(deps.db, userId)]);
  const named = extractSkills([record.session.jobDescription ?? '', questionText].join('\n')).map((mention) => mention.name);
  const terms = [...candidate.keySkills, ...record.session.focusSkills, ...employers, ...named].map((term) => term.trim()).filter((term) => term !== '');
  return [...new Map(terms.map((term) => [term.toLowerCase(), term])).values()].slice(0, maxTerms);
}
