import { useQuery } from '@tanstack/react-query';
import type { Workspace } from '#shared/contracts/workspaces.ts';
import { api } from '#web/app/api-client.ts';
import { findMyWorkspaces } from '#web/features/workspaces/api/workspaces-api.ts';
import { workspacesKeys } from '#web/features/workspaces/hooks/workspaces-keys.ts';

export function useMyWorkspaces() {
  return useQuery({ queryKey: workspacesKeys.mine, queryFn: () => findMyWorkspaces(api) });
}

export type WorkspaceAccess = {
  workspace: Workspace | undefined;
  /** Owners and recruiters change jobs and candidates; interviewers only read (the API enforces it too). */
  canEdit: boolean;
  /** Why the caller's workspaces could not be read, if they could not; `retry` asks again. */
  error: Error | null;
  retry: () => unknown;
};

export function useWorkspaceAccess(workspaceId: string | undefined): WorkspaceAccess {
  const workspaces = useMyWorkspaces();
  const workspace = workspaces.data?.find((item) => item.id === workspaceId);
  return { workspace, canEdit: workspace?.role === 'owner' || workspace?.role === 'recruiter', error: workspaces.error, retry: () => workspaces.refetch() };
}
