import {
  educationPageSchema,
  educationSchema,
  employmentPageSchema,
  employmentSchema,
  experiencePageSchema,
  experienceSchema,
  skillDetailSchema,
  skillPageSchema,
  type Education,
  type EducationBody,
  type EducationPage,
  type Employment,
  type EmploymentBody,
  type EmploymentPage,
  type Experience,
  type ExperienceBody,
  type ExperiencePage,
  type SkillBody,
  type SkillDetail,
  type SkillLinkFields,
  type SkillPage,
  type UpdateEducationBody,
  type UpdateEmploymentBody,
  type UpdateExperienceBody,
  type UpdateSkillBody,
} from '#shared/contracts/career.ts';
import { pageParams, type PageNumber } from '#shared/contracts/common.ts';
import type { ApiClient } from '#web/app/api-client.ts';

/** The four lists of the library, by their path under /api/career. */
export type LibraryNoun = 'employments' | 'educations' | 'experiences' | 'skills';
export type LibrarySearch = PageNumber & { q: string };

function listUrl(noun: LibraryNoun, search: LibrarySearch): string {
  const params = pageParams(search);
  if (search.q.trim()) params.set('q', search.q.trim());
  return `/api/career/${noun}?${params.toString()}`;
}
const one = (noun: LibraryNoun, id: string) => `/api/career/${noun}/${encodeURIComponent(id)}`;

export function findEmployments(client: ApiClient, search: LibrarySearch): Promise<EmploymentPage> {
  return client.get(listUrl('employments', search), { schema: employmentPageSchema });
}
export function createEmployment(client: ApiClient, body: EmploymentBody): Promise<Employment> {
  return client.post('/api/career/employments', body, { schema: employmentSchema });
}
export function updateEmployment(client: ApiClient, id: string, body: UpdateEmploymentBody): Promise<Employment> {
  return client.patch(one('employments', id), body, { schema: employmentSchema });
}

export function findEducations(client: ApiClient, search: LibrarySearch): Promise<EducationPage> {
  return client.get(listUrl('educations', search), { schema: educationPageSchema });
}
export function createEducation(client: ApiClient, body: EducationBody): Promise<Education> {
  return client.post('/api/career/educations', body, { schema: educationSchema });
}
export function updateEducation(client: ApiClient, id: string, body: UpdateEducationBody): Promise<Education> {
  return client.patch(one('educations', id), body, { schema: educationSchema });
}

export function findExperiences(client: ApiClient, search: LibrarySearch): Promise<ExperiencePage> {
  return client.get(listUrl('experiences', search), { schema: experiencePageSchema });
}
export function createExperience(client: ApiClient, body: ExperienceBody): Promise<Experience> {
  return client.post('/api/career/experiences', body, { schema: experienceSchema });
}
export function updateExperience(client: ApiClient, id: string, body: UpdateExperienceBody): Promise<Experience> {
  return client.patch(one('experiences', id), body, { schema: experienceSchema });
}
export function linkSkill(client: ApiClient, experienceId: string, skillId: string, fields: SkillLinkFields): Promise<void> {
  return client.put(`${one('experiences', experienceId)}/skills/${encodeURIComponent(skillId)}`, fields);
}

export function findSkills(client: ApiClient, search: LibrarySearch): Promise<SkillPage> {
  return client.get(listUrl('skills', search), { schema: skillPageSchema });
}
export function getSkill(client: ApiClient, id: string): Promise<SkillDetail> {
  return client.get(one('skills', id), { schema: skillDetailSchema });
}
export function createSkill(client: ApiClient, body: SkillBody): Promise<SkillDetail> {
  return client.post('/api/career/skills', body, { schema: skillDetailSchema });
}
export function updateSkill(client: ApiClient, id: string, body: UpdateSkillBody): Promise<SkillDetail> {
  return client.patch(one('skills', id), body, { schema: skillDetailSchema });
}

export function deleteEntry(client: ApiClient, noun: LibraryNoun, id: string): Promise<void> {
  return client.delete(one(noun, id));
}
export function reorderEntries(client: ApiClient, noun: LibraryNoun, ids: string[]): Promise<void> {
  return client.post(`/api/career/${noun}/order`, { ids });
}
