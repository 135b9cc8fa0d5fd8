import type { Caller } from '#server/platform/access/index.ts';
import type { Employment, EmploymentBody, EmploymentPage, LibrarySearchQuery, ReorderBody, UpdateEmploymentBody } from '#shared/contracts/career.ts';
import { toPage } from '#shared/contracts/common.ts';
import type { CareerDeps } from './career-deps.ts';
import * as repo from './employments.repo.ts';
import { checkDistinct, notFound } from './library-errors.ts';

function toEmployment(row: repo.EmploymentRow): Employment {
  return {
    id: row.id,
    companyName: row.companyName,
    title: row.title,
    location: row.location,
    description: row.description,
    dateStarted: row.dateStarted,
    dateFinished: row.dateFinished,
    position: row.position,
  };
}

export async function listEmployments(deps: CareerDeps, caller: Caller, query: LibrarySearchQuery): Promise<EmploymentPage> {
  const { rows, total } = await repo.findEmploymentPage(deps.db, { userId: caller.userId, q: query.q, limit: query.limit, offset: query.offset });
  return toPage(rows.map(toEmployment), total, query);
}

export async function getEmployment(deps: CareerDeps, caller: Caller, employmentId: string): Promise<Employment> {
  const row = await repo.findEmployment(deps.db, caller.userId, employmentId);
  if (!row) throw notFound('employment');
  return toEmployment(row);
}

export async function createEmployment(deps: CareerDeps, caller: Caller, body: EmploymentBody): Promise<Employment> {
  return toEmployment(await repo.insertEmployment(deps.db, caller.userId, body));
}

export async function updateEmployment(deps: CareerDeps, caller: Caller, employmentId: string, body: UpdateEmploymentBody): Promise<Employment> {
  const row = await repo.updateEmployment(deps.db, caller.userId, employmentId, body);
  if (!row) throw notFound('employment');
  return toEmployment(row);
}

export async function deleteEmployment(deps: CareerDeps, caller: Caller, employmentId: string): Promise<void> {
  if (!(await repo.deleteEmployment(deps.db, caller.userId, employmentId))) throw notFound('employment');
}

export async function reorderEmployments(deps: CareerDeps, caller: Caller, body: ReorderBody): Promise<void> {
  checkDistinct(body.ids);
  if ((await repo.reorderEmployments(deps.db, caller.userId, body.ids)) !== body.ids.length) throw notFound('employment');
}
