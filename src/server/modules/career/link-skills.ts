import type { Db } from '#server/db/client.ts';
import { AppError } from '#server/platform/errors.ts';
import type { ExperienceSkillInput } from '#shared/contracts/career.ts';
import type { SkillLinkMethod } from '#shared/vocabulary.ts';
import { findConversation } from './conversations.repo.ts';
import { findEducation } from './educations.repo.ts';
import { findEmployment } from './employments.repo.ts';
import { findSkillByName, insertSkill, upsertSkillLink } from './skills.repo.ts';

/** The skills named on an experience, one per name (any case), in the order given. */
export function normalizeSkillInputs(inputs: ExperienceSkillInput[]) {
  type Named = { name: string } & Partial<Exclude<ExperienceSkillInput, string>>;
  const seen = new Map<string, Named>();
  for (const input of inputs) {
    const named: Named = typeof input === 'string' ? { name: input } : input;
    const name = named.name.replace(/\s+/g, ' ').trim();
    if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), { ...named, name });
  }
  return [...seen.values()];
}

/**
 * Links an experience to skills by name: the user's skill of that name (any case) or a new one in the library.
 * Answers the ids linked. Runs inside the caller's transaction.
 */
export async function linkSkillsByName(db: Db, userId: string, experienceId: string, inputs: ExperienceSkillInput[], method: SkillLinkMethod): Promise<string[]> {
  const ids: string[] = [];
  for (const input of normalizeSkillInputs(inputs)) {
    const skill = (await findSkillByName(db, userId, input.name)) ?? (await insertSkill(db, userId, { title: input.name }));
    const fields = {
      ...(input.proficiency !== undefined && { proficiencyDemonstrated: input.proficiency }),
      ...(input.prominence !== undefined && { prominence: input.prominence }),
      ...(input.usageNotes !== undefined && { usageNotes: input.usageNotes }),
    };
    await upsertSkillLink(db, { experienceId, skillId: skill.id }, fields, method);
    ids.push(skill.id);
  }
  return ids;
}

/** An experience may point only at the caller's own employment, education and conversation. */
export async function checkContextOwned(db: Db, userId: string, refs: { employmentId?: string | null; educationId?: string | null; conversationId?: string | null }): Promise<void> {
  if (refs.conversationId && !(await findConversation(db, userId, refs.conversationId))) {
    throw new AppError('validation_failed', 'body.conversationId: not one of your conversations');
  }
  if (refs.employmentId && !(await findEmployment(db, userId, refs.employmentId))) {
    throw new AppError('validation_failed', 'body.employmentId: not one of your employments');
  }
  if (refs.educationId && !(await findEducation(db, userId, refs.educationId))) {
    throw new AppError('validation_failed', 'body.educationId: not one of your educations');
  }
}
