import { z } from 'zod';
import {
  invitationItem,
  invitationListResponse,
  memberListResponse,
  workspaceListResponse,
  workspaceResponse,
  type updateWorkspaceRequest,
  type WorkspaceResponse,
  type WorkspaceRoleName,
} from '#shared/contracts/workspaces.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export type Member = z.infer<typeof memberListResponse>[number];
export type Invitation = z.infer<typeof invitationItem>;

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export function findMyWorkspaces(client: ApiClient): Promise<WorkspaceResponse[]> {
  return client.get('/api/workspaces', { schema: workspaceListResponse });
}

export function createWorkspace(client: ApiClient, name: string): Promise<WorkspaceResponse> {
  return client.post('/api/workspaces', { name }, { schema: workspaceResponse });
}

export function updateWorkspace(client: ApiClient, workspaceId: string, changes: z.infer<typeof updateWorkspaceRequest>): Promise<WorkspaceResponse> {
  return client.patch(base(workspaceId), changes, { schema: workspaceResponse });
}

export function findMembers(client: ApiClient, workspaceId: string): Promise<Member[]> {
  return client.get(`${base(workspaceId)}/members`, { schema: memberListResponse });
}

export function changeMemberRole(client: ApiClient, workspaceId: string, userId: string, role: WorkspaceRoleName): Promise<void> {
  return client.patch(`${base(workspaceId)}/members/${encodeURIComponent(userId)}`, { role });
}

export function removeMember(client: ApiClient, workspaceId: string, userId: string): Promise<void> {
  return client.delete(`${base(workspaceId)}/members/${encodeURIComponent(userId)}`);
}

export function leaveWorkspace(client: ApiClient, workspaceId: string): Promise<void> {
  return client.post(`${base(workspaceId)}/leave`);
}

export function findInvitations(client: ApiClient, workspaceId: string): Promise<Invitation[]> {
  return client.get(`${base(workspaceId)}/invitations`, { schema: invitationListResponse });
}

export function inviteMember(client: ApiClient, workspaceId: string, email: string, role: WorkspaceRoleName): Promise<Invitation> {
  return client.post(`${base(workspaceId)}/invitations`, { email, role }, { schema: invitationItem });
}

export function revokeInvitation(client: ApiClient, workspaceId: string, invitationId: string): Promise<void> {
  return client.delete(`${base(workspaceId)}/invitations/${encodeURIComponent(invitationId)}`);
}

const acceptResponse = z.object({ workspaceId: z.string(), role: z.string() });
export function acceptInvitation(client: ApiClient, token: string): Promise<z.infer<typeof acceptResponse>> {
  return client.post('/api/invitations/accept', { token }, { schema: acceptResponse });
}
