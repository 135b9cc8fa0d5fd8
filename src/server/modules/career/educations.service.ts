import type { Caller } from '#server/platform/access/index.ts';
import type { Education, EducationBody, EducationPage, LibrarySearchQuery, ReorderBody, UpdateEducationBody } from '#shared/contracts/career.ts';
import { toPage } from '#shared/contracts/common.ts';
import type { CareerDeps } from './career-deps.ts';
import * as repo from './educations.repo.ts';
import { checkDistinct, notFound } from './library-errors.ts';

function toEducation(row: repo.EducationRow): Education {
  return {
    id: row.id,
    institutionName: row.institutionName,
    degree: row.degree,
    major: row.major,
    minor: row.minor,
    gpa: row.gpa,
    location: row.location,
    dateStarted: row.dateStarted,
    dateFinished: row.dateFinished,
    position: row.position,
  };
}

export async function listEducations(deps: CareerDeps, caller: Caller, query: LibrarySearchQuery): Promise<EducationPage> {
  const { rows, total } = await repo.findEducationPage(deps.db, { userId: caller.userId, q: query.q, limit: query.limit, offset: query.offset });
  return toPage(rows.map(toEducation), total, query);
}

export async function getEducation(deps: CareerDeps, caller: Caller, educationId: string): Promise<Education> {
  const row = await repo.findEducation(deps.db, caller.userId, educationId);
  if (!row) throw notFound('education');
  return toEducation(row);
}

export async function createEducation(deps: CareerDeps, caller: Caller, body: EducationBody): Promise<Education> {
  return toEducation(await repo.insertEducation(deps.db, caller.userId, body));
}

export async function updateEducation(deps: CareerDeps, caller: Caller, educationId: string, body: UpdateEducationBody): Promise<Education> {
  const row = await repo.updateEducation(deps.db, caller.userId, educationId, body);
  if (!row) throw notFound('education');
  return toEducation(row);
}

export async function deleteEducation(deps: CareerDeps, caller: Caller, educationId: string): Promise<void> {
  if (!(await repo.deleteEducation(deps.db, caller.userId, educationId))) throw notFound('education');
}

export async function reorderEducations(deps: CareerDeps, caller: Caller, body: ReorderBody): Promise<void> {
  checkDistinct(body.ids);
  if ((await repo.reorderEducations(deps.db, caller.userId, body.ids)) !== body.ids.length) throw notFound('education');
}
