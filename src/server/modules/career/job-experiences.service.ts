import { AppError } from '#server/platform/errors.ts';
import type { Caller } from '#server/platform/access/index.ts';
import type { JobExperienceLink, JobExperienceLinks, TailoredSummary } from '#shared/contracts/career-jobs.ts';
import type { CareerDeps } from './career-deps.ts';
import { findExperience } from './experiences.repo.ts';
import { withSkills } from './experiences.service.ts';
import * as repo from './job-experiences.repo.ts';
import { findJobPosting } from './job-postings.repo.ts';
import { postingSkills } from './job-postings.service.ts';
import { matchJobPosting } from './match-job.ts';

const relevanceOf = (score: number) => (score >= 60 ? 'high' : score >= 30 ? 'medium' : 'low');

function toLink({ link, experience }: Awaited<ReturnType<typeof repo.findJobExperiences>>[number]): JobExperienceLink {
  return {
    experienceId: experience.id,
    title: experience.title,
    score: link.matchScore === null ? null : Math.round(link.matchScore * 100),
    why: link.relevanceNotes,
    skills: link.targetSkills,
    createdAt: link.createdAt.toISOString(),
  };
}

async function postingOf(deps: CareerDeps, caller: Caller, jobPostingId: string) {
  const posting = await findJobPosting(deps.db, caller.userId, jobPostingId);
  if (!posting) throw new AppError('not_found', 'No such job posting among yours.');
  return posting;
}

export async function listJobExperiences(deps: CareerDeps, caller: Caller, jobPostingId: string): Promise<JobExperienceLinks> {
  await postingOf(deps, caller, jobPostingId);
  return { items: (await repo.findJobExperiences(deps.db, { userId: caller.userId, jobPostingId })).map(toLink) };
}

/** Saves the link the user chose, with the score and the reason the match gives now (and their own note, if any). */
export async function saveJobExperience(deps: CareerDeps, caller: Caller, ref: { jobPostingId: string; experienceId: string }, body: { note?: string }): Promise<JobExperienceLinks> {
  await postingOf(deps, caller, ref.jobPostingId);
  if (!(await findExperience(deps.db, caller.userId, ref.experienceId))) throw new AppError('not_found', 'No such experience among yours.');
  const match = (await matchJobPosting(deps, caller, ref.jobPostingId)).experiences.find((row) => row.id === ref.experienceId);
  const score = match?.score ?? 0;
  await repo.upsertJobExperience(
    deps.db,
    { userId: caller.userId, ...ref },
    { matchScore: score / 100, relevance: relevanceOf(score), relevanceNotes: body.note || match?.why || null, targetSkills: match?.skills ?? [], creationSource: 'manual' },
  );
  return listJobExperiences(deps, caller, ref.jobPostingId);
}

export async function removeJobExperience(deps: CareerDeps, caller: Caller, ref: { jobPostingId: string; experienceId: string }): Promise<void> {
  await postingOf(deps, caller, ref.jobPostingId);
  if (!(await repo.deleteJobExperience(deps.db, { userId: caller.userId, ...ref }))) throw new AppError('not_found', 'That experience is not linked to this posting.');
}

/** The first sentence of a description, as the user wrote it. */
function firstSentence(text: string | null): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  const match = /^[\s\S]*?[.!?](?=\s|$)/.exec(trimmed);
  return (match ? match[0] : trimmed.split('\n')[0]!).trim();
}

/**
 * A summary for one posting drafted from the linked experiences only, offline and deterministic: each linked
 * experience's title and first sentence in the user's own words, and the posting's skills that experience is linked
 * to in the library. Nothing else of the user or the posting goes in, so it claims nothing the experiences do not.
 */
export async function draftTailoredSummary(deps: CareerDeps, caller: Caller, jobPostingId: string): Promise<TailoredSummary> {
  const posting = await postingOf(deps, caller, jobPostingId);
  const linked = await repo.findJobExperiences(deps.db, { userId: caller.userId, jobPostingId });
  if (linked.length === 0) throw new AppError('conflict', 'Link at least one of your experiences to this posting first: the summary is drafted from linked experiences only.');
  const asked = new Set(postingSkills(posting).map((skill) => skill.name.toLowerCase()));
  const experiences = await withSkills(deps, linked.map((row) => row.experience));
  const lines = experiences.map((experience) => {
    const sentence = firstSentence(experience.description);
    const skills = experience.skills.map((skill) => skill.name).filter((name) => asked.has(name.toLowerCase()));
    const head = sentence && sentence !== experience.title ? `${experience.title}: ${sentence}` : experience.title;
    return `- ${head}${skills.length ? ` (${skills.join(', ')})` : ''}`;
  });
  return { summary: ['Relevant experience:', ...lines].join('\n'), experienceIds: experiences.map((experience) => experience.id) };
}
