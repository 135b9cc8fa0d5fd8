import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Application, ApplicationPage } from '#shared/contracts/career-jobs.ts';
import { api } from '#web/app/api-client.ts';
import * as applications from '#web/features/career/api/application-api.ts';
import type { ApplicationChanges, ApplicationFilter, NewApplication } from '#web/features/career/api/application-api.ts';
import { careerKeys } from './career-keys.ts';

export const applicationKeys = {
  all: [...careerKeys.all, 'applications'] as const,
  list: (filter: ApplicationFilter) => [...careerKeys.all, 'applications', 'list', filter] as const,
  one: (id: string) => [...careerKeys.all, 'applications', id] as const,
};

export function useApplications(filter: ApplicationFilter) {
  return useQuery({ queryKey: applicationKeys.list(filter), queryFn: () => applications.findApplications(api, filter), placeholderData: keepPreviousData });
}
export function useApplication(id: string) {
  return useQuery({ queryKey: applicationKeys.one(id), queryFn: () => applications.getApplication(api, id) });
}
export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: NewApplication) => applications.createApplication(api, body), onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }) });
}

/**
 * Changes an application. A move shows at once on every list (optimistic) and is rolled back if the server refuses;
 * then the lists refetch.
 */
export function useUpdateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: ApplicationChanges }) => applications.updateApplication(api, id, changes),
    onMutate: async ({ id, changes }) => {
      await queryClient.cancelQueries({ queryKey: applicationKeys.all });
      const before = queryClient.getQueriesData<ApplicationPage>({ queryKey: [...applicationKeys.all, 'list'] });
      if (changes.status) {
        const status = changes.status;
        queryClient.setQueriesData<ApplicationPage>({ queryKey: [...applicationKeys.all, 'list'] }, (page) =>
          page ? { ...page, items: page.items.map((item): Application => (item.id === id ? { ...item, status } : item)) } : page,
        );
      }
      return { before };
    },
    onError: (_error, _input, context) => {
      for (const [key, data] of context?.before ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}
export function useUpdateStage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stageId, at }: { stageId: string; at: string }) => applications.updateStage(api, id, stageId, at),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}
