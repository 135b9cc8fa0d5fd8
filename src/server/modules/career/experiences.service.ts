import type { Caller } from '#server/platform/access/index.ts';
import type { Experience, ExperienceBody, ExperiencePage, LibrarySearchQuery, ReorderBody, UpdateExperienceBody } from '#shared/contracts/career.ts';
import { toPage } from '#shared/contracts/common.ts';
import type { CareerDeps } from './career-deps.ts';
import * as repo from './experiences.repo.ts';
import { checkDistinct, notFound } from './library-errors.ts';
import { checkContextOwned, linkSkillsByName, normalizeSkillInputs } from './link-skills.ts';
import { deleteOtherSkillLinks } from './skills.repo.ts';

type LinkRow = Awaited<ReturnType<typeof repo.findSkillLinksOf>>[number];

function toExperience(row: repo.ExperienceRow, links: LinkRow[]): Experience {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    type: row.experienceType,
    dateStarted: row.dateStarted,
    dateFinished: row.dateFinished,
    tags: row.tags,
    visibility: row.visibility,
    employmentId: row.employmentId,
    educationId: row.educationId,
    conversationId: row.conversationId,
    position: row.position,
    skills: links
      .filter((link) => link.experienceId === row.id)
      .map(({ skillId, name, proficiency, prominence, usageNotes, method }) => ({ skillId, name, proficiency, prominence, usageNotes, method })),
  };
}

/** Experiences with their skills, for any rows the module read. */
export async function withSkills(deps: Pick<CareerDeps, 'db'>, rows: repo.ExperienceRow[]): Promise<Experience[]> {
  const links = await repo.findSkillLinksOf(deps.db, rows.map((row) => row.id));
  return rows.map((row) => toExperience(row, links));
}

export async function listExperiences(deps: CareerDeps, caller: Caller, query: LibrarySearchQuery): Promise<ExperiencePage> {
  const { rows, total } = await repo.findExperiencePage(deps.db, { userId: caller.userId, q: query.q, limit: query.limit, offset: query.offset });
  return toPage(await withSkills(deps, rows), total, query);
}

export async function getExperience(deps: CareerDeps, caller: Caller, experienceId: string): Promise<Experience> {
  const row = await repo.findExperience(deps.db, caller.userId, experienceId);
  if (!row) throw notFound('experience');
  const [experience] = await withSkills(deps, [row]);
  return experience!;
}

function valuesOf(body: UpdateExperienceBody) {
  return {
    ...(body.title !== undefined && { title: body.title }),
    ...(body.description !== undefined && { description: body.description }),
    ...(body.type !== undefined && { experienceType: body.type }),
    ...(body.dateStarted !== undefined && { dateStarted: body.dateStarted }),
    ...(body.dateFinished !== undefined && { dateFinished: body.dateFinished }),
    ...(body.tags !== undefined && { tags: body.tags }),
    ...(body.visibility !== undefined && { visibility: body.visibility }),
    ...(body.employmentId !== undefined && { employmentId: body.employmentId }),
    ...(body.educationId !== undefined && { educationId: body.educationId }),
    ...(body.skills !== undefined && { skillsUsed: normalizeSkillInputs(body.skills).map((skill) => skill.name) }),
  };
}

/** Adds an experience with its skills (found in the library by name, else added to it), all in one transaction. */
export async function createExperience(deps: CareerDeps, caller: Caller, body: ExperienceBody, method: 'manual' | 'parsed' | 'ai' = 'manual'): Promise<Experience> {
  const row = await deps.db.transaction(async (tx) => {
    await checkContextOwned(tx, caller.userId, body);
    const created = await repo.insertExperience(tx, caller.userId, { ...valuesOf(body), title: body.title, conversationId: body.conversationId ?? null });
    await linkSkillsByName(tx, caller.userId, created.id, body.skills ?? [], method);
    return created;
  });
  const [experience] = await withSkills(deps, [row]);
  return experience!;
}

/** Changes an experience; a `skills` list replaces its links (kept links keep what was not given again). */
export async function updateExperience(deps: CareerDeps, caller: Caller, experienceId: string, body: UpdateExperienceBody): Promise<Experience> {
  const row = await deps.db.transaction(async (tx) => {
    await checkContextOwned(tx, caller.userId, body);
    const updated = await repo.updateExperience(tx, caller.userId, experienceId, valuesOf(body));
    if (!updated) throw notFound('experience');
    if (body.skills) {
      const kept = await linkSkillsByName(tx, caller.userId, experienceId, body.skills, 'manual');
      await deleteOtherSkillLinks(tx, experienceId, kept);
    }
    return updated;
  });
  const [experience] = await withSkills(deps, [row]);
  return experience!;
}

export async function deleteExperience(deps: CareerDeps, caller: Caller, experienceId: string): Promise<void> {
  if (!(await repo.deleteExperience(deps.db, caller.userId, experienceId))) throw notFound('experience');
}

export async function reorderExperiences(deps: CareerDeps, caller: Caller, body: ReorderBody): Promise<void> {
  checkDistinct(body.ids);
  if ((await repo.reorderExperiences(deps.db, caller.userId, body.ids)) !== body.ids.length) throw notFound('experience');
}
