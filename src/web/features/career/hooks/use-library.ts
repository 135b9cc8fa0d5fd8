import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EducationBody,
  EmploymentBody,
  ExperienceBody,
  SkillBody,
  UpdateEducationBody,
  UpdateEmploymentBody,
  UpdateExperienceBody,
  UpdateSkillBody,
} from '#shared/contracts/career.ts';
import { api } from '#web/app/api-client.ts';
import * as library from '#web/features/career/api/library-api.ts';
import type { LibraryNoun, LibrarySearch } from '#web/features/career/api/library-api.ts';
import { careerKeys } from './career-keys.ts';

export function useEmployments(search: LibrarySearch) {
  return useQuery({ queryKey: careerKeys.list('employments', search), queryFn: () => library.findEmployments(api, search), placeholderData: keepPreviousData });
}
export function useEducations(search: LibrarySearch) {
  return useQuery({ queryKey: careerKeys.list('educations', search), queryFn: () => library.findEducations(api, search), placeholderData: keepPreviousData });
}
export function useExperiences(search: LibrarySearch) {
  return useQuery({ queryKey: careerKeys.list('experiences', search), queryFn: () => library.findExperiences(api, search), placeholderData: keepPreviousData });
}
export function useSkills(search: LibrarySearch) {
  return useQuery({ queryKey: careerKeys.list('skills', search), queryFn: () => library.findSkills(api, search), placeholderData: keepPreviousData });
}
export function useSkill(skillId: string) {
  return useQuery({ queryKey: careerKeys.skill(skillId), queryFn: () => library.getSkill(api, skillId) });
}

/** Every change to the library can change any list (a new experience adds skills), so all of them refresh. */
function useLibraryMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: careerKeys.all }) });
}

export const useSaveEmployment = () =>
  useLibraryMutation(({ id, body }: { id?: string; body: EmploymentBody | UpdateEmploymentBody }) =>
    id ? library.updateEmployment(api, id, body) : library.createEmployment(api, body as EmploymentBody),
  );
export const useSaveEducation = () =>
  useLibraryMutation(({ id, body }: { id?: string; body: EducationBody | UpdateEducationBody }) =>
    id ? library.updateEducation(api, id, body) : library.createEducation(api, body as EducationBody),
  );
export const useSaveExperience = () =>
  useLibraryMutation(({ id, body }: { id?: string; body: ExperienceBody | UpdateExperienceBody }) =>
    id ? library.updateExperience(api, id, body) : library.createExperience(api, body as ExperienceBody),
  );
export const useSaveSkill = () =>
  useLibraryMutation(({ id, body }: { id?: string; body: SkillBody | UpdateSkillBody }) => (id ? library.updateSkill(api, id, body) : library.createSkill(api, body as SkillBody)));
export const useDeleteEntry = (noun: LibraryNoun) => useLibraryMutation((id: string) => library.deleteEntry(api, noun, id));
export const useReorderEntries = (noun: LibraryNoun) => useLibraryMutation((ids: string[]) => library.reorderEntries(api, noun, ids));
