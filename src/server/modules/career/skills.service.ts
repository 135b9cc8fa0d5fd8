import type { Caller } from '#server/platform/access/index.ts';
import type { LibrarySearchQuery, ReorderBody, Skill, SkillBody, SkillDetail, SkillLinkFields, SkillPage, UpdateSkillBody } from '#shared/contracts/career.ts';
import { toPage } from '#shared/contracts/common.ts';
import type { CareerDeps } from './career-deps.ts';
import { findExperience } from './experiences.repo.ts';
import { checkDistinct, notFound } from './library-errors.ts';
import { computeSkillYears } from './skill-years.ts';
import * as repo from './skills.repo.ts';

type Counted = { skill: repo.SkillRow; experienceCount: number };

/** Skills in the contract's shape, typed years kept, the others computed from the experiences that show them. */
async function toSkills(deps: CareerDeps, rows: Counted[]): Promise<Skill[]> {
  const untyped = rows.filter((row) => row.skill.yearsExperience === null).map((row) => row.skill.id);
  const spans = await repo.findSkillSpans(deps.db, untyped);
  const now = deps.now();
  return rows.map(({ skill, experienceCount }) => {
    const typed = skill.yearsExperience;
    return {
      id: skill.id,
      name: skill.title,
      category: skill.category,
      level: skill.skillLevel,
      type: skill.skillType,
      description: skill.description,
      years: typed ?? computeSkillYears(spans.filter((span) => span.skillId === skill.id), now),
      yearsComputed: typed === null,
      experienceCount: Number(experienceCount),
      position: skill.position,
    };
  });
}

function valuesOf(body: UpdateSkillBody) {
  return {
    ...(body.name !== undefined && { title: body.name }),
    ...(body.category !== undefined && { category: body.category }),
    ...(body.level !== undefined && { skillLevel: body.level }),
    ...(body.type !== undefined && { skillType: body.type }),
    ...(body.description !== undefined && { description: body.description }),
    ...(body.years !== undefined && { yearsExperience: body.years }),
  };
}

export async function listSkills(deps: CareerDeps, caller: Caller, query: LibrarySearchQuery): Promise<SkillPage> {
  const { rows, total } = await repo.findSkillPage(deps.db, { userId: caller.userId, q: query.q, limit: query.limit, offset: query.offset });
  return toPage(await toSkills(deps, rows), total, query);
}

/** One skill with the experiences that show it. */
export async function getSkill(deps: CareerDeps, caller: Caller, skillId: string): Promise<SkillDetail> {
  const row = await repo.findSkill(deps.db, caller.userId, skillId);
  if (!row) throw notFound('skill');
  const [skill] = await toSkills(deps, [row]);
  return { ...skill!, experiences: await repo.findExperiencesOfSkill(deps.db, skillId) };
}

/** Adds a skill to the library; a name the library already has (any case) updates that skill instead of doubling it. */
export async function createSkill(deps: CareerDeps, caller: Caller, body: SkillBody): Promise<SkillDetail> {
  const existing = await repo.findSkillByName(deps.db, caller.userId, body.name);
  const row = existing ? await repo.updateSkill(deps.db, caller.userId, existing.id, valuesOf(body)) : await repo.insertSkill(deps.db, caller.userId, { ...valuesOf(body), title: body.name });
  return getSkill(deps, caller, row!.id);
}

export async function updateSkill(deps: CareerDeps, caller: Caller, skillId: string, body: UpdateSkillBody): Promise<SkillDetail> {
  if (!(await repo.updateSkill(deps.db, caller.userId, skillId, valuesOf(body)))) throw notFound('skill');
  return getSkill(deps, caller, skillId);
}

export async function deleteSkill(deps: CareerDeps, caller: Caller, skillId: string): Promise<void> {
  if (!(await repo.deleteSkill(deps.db, caller.userId, skillId))) throw notFound('skill');
}

export async function reorderSkills(deps: CareerDeps, caller: Caller, body: ReorderBody): Promise<void> {
  checkDistinct(body.ids);
  if ((await repo.reorderSkills(deps.db, caller.userId, body.ids)) !== body.ids.length) throw notFound('skill');
}

/** Links one of the caller's experiences to one of their skills, or changes how the link is described. */
export async function linkSkill(deps: CareerDeps, caller: Caller, link: { experienceId: string; skillId: string }, body: SkillLinkFields): Promise<void> {
  if (!(await findExperience(deps.db, caller.userId, link.experienceId))) throw notFound('experience');
  if (!(await repo.findSkill(deps.db, caller.userId, link.skillId))) throw notFound('skill');
  const fields = {
    ...(body.proficiency !== undefined && { proficiencyDemonstrated: body.proficiency }),
    ...(body.prominence !== undefined && { prominence: body.prominence }),
    ...(body.usageNotes !== undefined && { usageNotes: body.usageNotes }),
  };
  await repo.upsertSkillLink(deps.db, link, fields, 'manual');
}

export async function unlinkSkill(deps: CareerDeps, caller: Caller, link: { experienceId: string; skillId: string }): Promise<void> {
  if (!(await findExperience(deps.db, caller.userId, link.experienceId))) throw notFound('experience');
  if (!(await repo.deleteSkillLink(deps.db, link))) throw notFound('skill link');
}
