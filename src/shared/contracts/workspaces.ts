import { z } from 'zod';

export const workspaceRoleNames = ['owner', 'recruiter', 'interviewer'] as const;
export type WorkspaceRoleName = (typeof workspaceRoleNames)[number];

export const workspaceIdParam = z.object({ workspaceId: z.uuid({ error: 'must be a workspace id' }) });
export const memberParams = workspaceIdParam.extend({ userId: z.uuid({ error: 'must be a user id' }) });
export const invitationParams = workspaceIdParam.extend({ invitationId: z.uuid({ error: 'must be an invitation id' }) });

const workspaceName = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
export const createWorkspaceRequest = z.object({ name: workspaceName }).strict();
export const updateWorkspaceRequest = z.object({ name: workspaceName.optional(), blindScreening: z.boolean().optional() }).strict();

export const workspaceResponse = z.object({
  id: z.string(),
  name: z.string(),
  ownerId: z.string(),
  blindScreening: z.boolean(),
  role: z.enum(workspaceRoleNames).describe("The caller's role"),
  createdAt: z.iso.datetime(),
});
export type WorkspaceResponse = z.infer<typeof workspaceResponse>;
export const workspaceListResponse = z.array(workspaceResponse);

export const memberItem = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  image: z.string().nullable(),
  role: z.enum(workspaceRoleNames),
  joinedAt: z.iso.datetime(),
});
export const memberListResponse = z.array(memberItem);
export const changeRoleRequest = z.object({ role: z.enum(workspaceRoleNames) }).strict();

export const inviteRequest = z.object({ email: z.email({ error: 'must be an email address' }).max(320), role: z.enum(workspaceRoleNames) }).strict();
export const invitationItem = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(workspaceRoleNames),
  expiresAt: z.iso.datetime(),
  acceptedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export const invitationListResponse = z.array(invitationItem);
export const acceptInvitationRequest = z.object({ token: z.string().trim().min(20, 'must be the token from the invitation link').max(200) }).strict();
