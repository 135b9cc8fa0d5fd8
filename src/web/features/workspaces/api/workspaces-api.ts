import { pageParams, type PageNumber } from '#shared/contracts/common.ts';
import {
  acceptedInvitationSchema,
  invitationPageSchema,
  invitationSchema,
  memberPageSchema,
  workspacePageSchema,
  workspaceSchema,
  type AcceptedInvitation,
  type Invitation,
  type InvitationPage,
  type InviteBody,
  type MemberPage,
  type UpdateWorkspaceBody,
  type Workspace,
  type WorkspacePage,
} from '#shared/contracts/workspaces.ts';
import type { WorkspaceRole } from '#shared/vocabulary.ts';
import type { ApiClient } from '#web/app/api-client.ts';

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

/** The largest page the API serves: pickers show that many of the caller's workspaces. */
export const pickerPageSize = 100;

export function findWorkspaces(client: ApiClient, page: PageNumber): Promise<WorkspacePage> {
  return client.get(`/api/workspaces?${pageParams(page).toString()}`, { schema: workspacePageSchema });
}

/** The caller's workspaces for a picker (hiring, onboarding): the first 100, by name. */
export async function findMyWorkspaces(client: ApiClient): Promise<Workspace[]> {
  return (await findWorkspaces(client, { page: 1, pageSize: pickerPageSize })).items;
}

export function createWorkspace(client: ApiClient, name: string): Promise<Workspace> {
  return client.post('/api/workspaces', { name }, { schema: workspaceSchema });
}

export function updateWorkspace(client: ApiClient, workspaceId: string, changes: UpdateWorkspaceBody): Promise<Workspace> {
  return client.patch(base(workspaceId), changes, { schema: workspaceSchema });
}

export function findMembers(client: ApiClient, workspaceId: string, page: PageNumber): Promise<MemberPage> {
  return client.get(`${base(workspaceId)}/members?${pageParams(page).toString()}`, { schema: memberPageSchema });
}

export function changeMemberRole(client: ApiClient, workspaceId: string, userId: string, role: WorkspaceRole): Promise<void> {
  return client.patch(`${base(workspaceId)}/members/${encodeURIComponent(userId)}`, { role });
}

export function removeMember(client: ApiClient, workspaceId: string, userId: string): Promise<void> {
  return client.delete(`${base(workspaceId)}/members/${encodeURIComponent(userId)}`);
}

export function leaveWorkspace(client: ApiClient, workspaceId: string): Promise<void> {
  return client.post(`${base(workspaceId)}/leave`);
}

export function findInvitations(client: ApiClient, workspaceId: string, page: PageNumber): Promise<InvitationPage> {
  return client.get(`${base(workspaceId)}/invitations?${pageParams(page).toString()}`, { schema: invitationPageSchema });
}

export function inviteMember(client: ApiClient, workspaceId: string, body: InviteBody): Promise<Invitation> {
  return client.post(`${base(workspaceId)}/invitations`, body, { schema: invitationSchema });
}

export function revokeInvitation(client: ApiClient, workspaceId: string, invitationId: string): Promise<void> {
  return client.delete(`${base(workspaceId)}/invitations/${encodeURIComponent(invitationId)}`);
}

export function acceptInvitation(client: ApiClient, token: string): Promise<AcceptedInvitation> {
  return client.post('/api/invitations/accept', { token }, { schema: acceptedInvitationSchema });
}
