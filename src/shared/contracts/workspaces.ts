import { z } from 'zod';
import { workspaceRoles } from '#shared/vocabulary.ts';
import { idSchema, pageSchema } from './common.ts';

/** HTTP contracts of workspaces, their members and invitations. */

export const workspaceRoleSchema = z.enum(workspaceRoles);

export const workspaceParamsSchema = z.object({ workspaceId: idSchema('workspace') });
export const memberParamsSchema = workspaceParamsSchema.extend({ userId: idSchema('user') });
export const invitationParamsSchema = workspaceParamsSchema.extend({ invitationId: idSchema('invitation') });

const workspaceName = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
export const createWorkspaceBodySchema = z.object({ name: workspaceName }).strict();
export type CreateWorkspaceBody = z.infer<typeof createWorkspaceBodySchema>;
export const updateWorkspaceBodySchema = z.object({ name: workspaceName.optional(), blindScreening: z.boolean().optional() }).strict();
export type UpdateWorkspaceBody = z.infer<typeof updateWorkspaceBodySchema>;

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  ownerId: z.string(),
  blindScreening: z.boolean(),
  role: workspaceRoleSchema.describe("The caller's role"),
  createdAt: z.iso.datetime(),
});
export type Workspace = z.infer<typeof workspaceSchema>;
export const workspacePageSchema = pageSchema(workspaceSchema);
export type WorkspacePage = z.infer<typeof workspacePageSchema>;

export const memberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  image: z.string().nullable(),
  role: workspaceRoleSchema,
  joinedAt: z.iso.datetime(),
});
export type Member = z.infer<typeof memberSchema>;
export const memberPageSchema = pageSchema(memberSchema);
export type MemberPage = z.infer<typeof memberPageSchema>;
export const changeMemberRoleBodySchema = z.object({ role: workspaceRoleSchema }).strict();

export const inviteBodySchema = z.object({ email: z.email({ error: 'must be an email address' }).max(320), role: workspaceRoleSchema }).strict();
export type InviteBody = z.infer<typeof inviteBodySchema>;
export const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: workspaceRoleSchema,
  expiresAt: z.iso.datetime(),
  acceptedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type Invitation = z.infer<typeof invitationSchema>;
export const invitationPageSchema = pageSchema(invitationSchema);
export type InvitationPage = z.infer<typeof invitationPageSchema>;

export const acceptInvitationBodySchema = z.object({ token: z.string().trim().min(20, 'must be the token from the invitation link').max(200) }).strict();
export const acceptedInvitationSchema = z.object({ workspaceId: z.string(), role: workspaceRoleSchema });
export type AcceptedInvitation = z.infer<typeof acceptedInvitationSchema>;
