import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageNumber } from '#shared/contracts/common.ts';
import type { UpdateWorkspaceBody } from '#shared/contracts/workspaces.ts';
import { api } from '#web/app/api-client.ts';
import { createWorkspace, findWorkspaces, updateWorkspace } from '#web/features/workspaces/api/workspaces-api.ts';
import { workspacesKeys } from './workspaces-keys.ts';

/** One page of the caller's workspaces, by name. */
export function useWorkspaces(page: PageNumber) {
  return useQuery({ queryKey: workspacesKeys.list(page), queryFn: () => findWorkspaces(api, page), placeholderData: keepPreviousData });
}

export function useCreateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => createWorkspace(api, name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspacesKeys.lists }),
  });
}

/** Renaming or switching blind screening changes what every list (and hiring's picker) shows. */
export function useUpdateWorkspace(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateWorkspaceBody) => updateWorkspace(api, workspaceId, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspacesKeys.lists }),
  });
}
