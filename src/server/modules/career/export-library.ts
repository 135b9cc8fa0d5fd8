import type { Caller } from '#server/platform/access/index.ts';
import type { LibraryExport } from '#shared/contracts/career.ts';
import { maxPageSize } from '#shared/contracts/common.ts';
import type { CareerDeps } from './career-deps.ts';
import { findPerson } from './career-sources.repo.ts';
import { listEducations } from './educations.service.ts';
import { listEmployments } from './employments.service.ts';
import { listExperiences } from './experiences.service.ts';
import { toJsonResume } from './json-resume.ts';
import { listSkills } from './skills.service.ts';

/** Every entry of one list, a page at a time (the library of one person is small). */
async function everything<Item>(list: (query: { limit: number; offset: number }) => Promise<{ items: Item[]; total: number }>): Promise<Item[]> {
  const items: Item[] = [];
  for (let offset = 0; ; offset += maxPageSize) {
    const page = await list({ limit: maxPageSize, offset });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

/** Parley's own export of the whole library, keeping the experience ↔ skill links and typed years. */
export async function exportLibrary(deps: CareerDeps, caller: Caller): Promise<LibraryExport> {
  const [employments, educations, experiences, skills] = await Promise.all([
    everything((page) => listEmployments(deps, caller, page)),
    everything((page) => listEducations(deps, caller, page)),
    everything((page) => listExperiences(deps, caller, page)),
    everything((page) => listSkills(deps, caller, page)),
  ]);
  return { format: 'parley-career-library', version: 1, exportedAt: deps.now().toISOString(), employments, educations, experiences, skills };
}

/** The library as a JSON Resume 1.0 document (the links between experiences and skills have no place in it). */
export async function exportJsonResume(deps: CareerDeps, caller: Caller): Promise<Record<string, unknown>> {
  const library = await exportLibrary(deps, caller);
  const person = (await findPerson(deps.db, caller.userId)) ?? { name: '', email: '' };
  return toJsonResume({ ...library, person });
}
