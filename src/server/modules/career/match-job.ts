import { AppError } from '#server/platform/errors.ts';
import type { Caller } from '#server/platform/access/index.ts';
import type { JobMatches } from '#shared/contracts/career-jobs.ts';
import type { CareerDeps } from './career-deps.ts';
import { findAllExperiences } from './experiences.repo.ts';
import { withSkills } from './experiences.service.ts';
import { findJobPosting } from './job-postings.repo.ts';
import { postingSkills } from './job-postings.service.ts';
import { findAllSkills } from './skills.repo.ts';

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mentions = (text: string, skill: string) => new RegExp(`(^|[^\\w+#])${escape(skill)}($|[^\\w+#])`, 'i').test(text);

/**
 * The user's experiences ranked for a posting, deterministically: an asked-for skill the experience is linked to
 * counts fully, one its text only mentions counts half; must-haves weigh twice. The posting's skills split into
 * shown (with the experiences that show them), missing, and missing and not in the library at all ("add only if true").
 */
export async function matchJobPosting(deps: CareerDeps, caller: Caller, jobPostingId: string): Promise<JobMatches> {
  const posting = await findJobPosting(deps.db, caller.userId, jobPostingId);
  if (!posting) throw new AppError('not_found', 'No such job posting among yours.');
  const asked = postingSkills(posting);
  const experiences = await withSkills(deps, await findAllExperiences(deps.db, caller.userId));
  const library = new Set((await findAllSkills(deps.db, caller.userId)).map((skill) => skill.title.toLowerCase()));
  const weightOf = (required: boolean) => (required ? 2 : 1);
  const possible = asked.reduce((sum, skill) => sum + weightOf(skill.required), 0);
  const shownBy: Record<string, string[]> = {};

  const ranked = experiences.map((experience) => {
    const linked = new Set(experience.skills.map((skill) => skill.name.toLowerCase()));
    const text = `${experience.title}\n${experience.description ?? ''}`;
    let points = 0;
    const shows: string[] = [];
    const mentioned: string[] = [];
    for (const skill of asked) {
      if (linked.has(skill.name.toLowerCase())) {
        points += weightOf(skill.required);
        shows.push(skill.name);
        (shownBy[skill.name] ??= []).push(experience.id);
      } else if (mentions(text, skill.name)) {
        points += weightOf(skill.required) / 2;
        mentioned.push(skill.name);
      }
    }
    const score = possible === 0 ? 0 : Math.round((100 * points) / possible);
    const why = [shows.length ? `Shows ${shows.join(', ')}` : null, mentioned.length ? `mentions ${mentioned.join(', ')}` : null].filter(Boolean).join('; ') || 'Shows none of the skills this posting asks for';
    return { id: experience.id, title: experience.title, score, why, skills: [...shows, ...mentioned] };
  });
  ranked.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  const shown = asked.filter((skill) => shownBy[skill.name]).map((skill) => skill.name);
  const missing = asked.filter((skill) => !shownBy[skill.name]).map((skill) => skill.name);
  return { experiences: ranked, shown, shownBy, missing, notInLibrary: missing.filter((name) => !library.has(name.toLowerCase())) };
}
