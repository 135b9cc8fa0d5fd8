import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageNumber } from '#shared/contracts/common.ts';
import type { InviteBody } from '#shared/contracts/workspaces.ts';
import { api } from '#web/app/api-client.ts';
import { acceptInvitation, findInvitations, inviteMember, revokeInvitation } from '#web/features/workspaces/api/workspaces-api.ts';
import { workspacesKeys } from './workspaces-keys.ts';

/** One page of a workspace's invitations (pending and accepted), newest first. */
export function useInvitations(workspaceId: string, page: PageNumber) {
  return useQuery({
    queryKey: workspacesKeys.invitationPage(workspaceId, page),
    queryFn: () => findInvitations(api, workspaceId, page),
    placeholderData: keepPreviousData,
  });
}

export function useInviteMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteBody) => inviteMember(api, workspaceId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspacesKeys.invitations(workspaceId) }),
  });
}

export function useRevokeInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => revokeInvitation(api, workspaceId, invitationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspacesKeys.invitations(workspaceId) }),
  });
}

/** Joining a workspace adds it to the caller's lists. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => acceptInvitation(api, token),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspacesKeys.lists }),
  });
}
