import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageNumber } from '#shared/contracts/common.ts';
import type { WorkspaceRole } from '#shared/vocabulary.ts';
import { api } from '#web/app/api-client.ts';
import { changeMemberRole, findMembers, leaveWorkspace, removeMember } from '#web/features/workspaces/api/workspaces-api.ts';
import { workspacesKeys } from './workspaces-keys.ts';

/** One page of a workspace's members, by name. */
export function useMembers(workspaceId: string, page: PageNumber) {
  return useQuery({
    queryKey: workspacesKeys.memberPage(workspaceId, page),
    queryFn: () => findMembers(api, workspaceId, page),
    placeholderData: keepPreviousData,
  });
}

export function useChangeMemberRole(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: WorkspaceRole }) => changeMemberRole(api, workspaceId, userId, role),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspacesKeys.members(workspaceId) }),
  });
}

export function useRemoveMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeMember(api, workspaceId, userId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspacesKeys.members(workspaceId) }),
  });
}

/** After leaving, the workspace disappears from every list. */
export function useLeaveWorkspace(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => leaveWorkspace(api, workspaceId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspacesKeys.all }),
  });
}
