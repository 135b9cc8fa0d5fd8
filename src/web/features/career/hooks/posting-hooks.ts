import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateJobPostingBody } from '#shared/contracts/career-jobs.ts';
import type { PageNumber } from '#shared/contracts/common.ts';
import { api } from '#web/app/api-client.ts';
import * as postings from '#web/features/career/api/posting-api.ts';
import { careerKeys } from './career-keys.ts';

/** Keys of postings and applications: under careerKeys.all, so a library change refreshes matches too. */
export const postingKeys = {
  all: [...careerKeys.all, 'postings'] as const,
  page: (page: PageNumber) => [...careerKeys.all, 'postings', 'page', page] as const,
  one: (id: string) => [...careerKeys.all, 'postings', id] as const,
  matches: (id: string) => [...careerKeys.all, 'postings', id, 'matches'] as const,
  links: (id: string) => [...careerKeys.all, 'postings', id, 'links'] as const,
};

export function usePostings(page: PageNumber) {
  return useQuery({ queryKey: postingKeys.page(page), queryFn: () => postings.findPostings(api, page), placeholderData: keepPreviousData });
}
export function usePosting(id: string) {
  return useQuery({ queryKey: postingKeys.one(id), queryFn: () => postings.getPosting(api, id) });
}
export function useMatches(id: string) {
  return useQuery({ queryKey: postingKeys.matches(id), queryFn: () => postings.getMatches(api, id) });
}
export function useLinks(id: string) {
  return useQuery({ queryKey: postingKeys.links(id), queryFn: () => postings.findLinks(api, id) });
}

export function useCreatePosting() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: CreateJobPostingBody) => postings.createPosting(api, body), onSuccess: () => queryClient.invalidateQueries({ queryKey: postingKeys.all }) });
}
export function useToggleLink(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ experienceId, linked }: { experienceId: string; linked: boolean }) => (linked ? postings.saveLink(api, id, experienceId).then(() => undefined) : postings.removeLink(api, id, experienceId)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: postingKeys.links(id) }),
  });
}
export function useDraftSummary(id: string) {
  return useMutation({ mutationFn: () => postings.draftSummary(api, id) });
}
