import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acceptInvitationRequest, invitationItem, invitationListResponse, invitationParams, inviteRequest, workspaceIdParam } from '#shared/contracts/workspaces.ts';
import { requireUser, requireWorkspaceRole } from '#server/platform/auth/index.ts';
import type { InvitationsService } from './invitations.service.ts';

const tags = ['workspaces'];
const inviters = ['owner', 'recruiter'] as const;

export const invitationsRoutes: FastifyPluginAsyncZod<{ invitations: InvitationsService }> = async (app, { invitations }) => {
  app.post(
    '/api/workspaces/:workspaceId/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone by email (owner, or recruiter for non-owner roles)',
        params: workspaceIdParam,
        body: inviteRequest,
        response: { 201: invitationItem },
      },
    },
    async (request, reply) => {
      const { user, role } = await requireWorkspaceRole(request, request.params.workspaceId, inviters);
      const created = await invitations.inviteMember({ workspaceId: request.params.workspaceId, inviter: user, inviterRole: role, ...request.body });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/workspaces/:workspaceId/invitations',
    { schema: { tags, summary: 'Pending and accepted invitations', params: workspaceIdParam, response: { 200: invitationListResponse } } },
    async (request) => {
      await requireWorkspaceRole(request, request.params.workspaceId, inviters);
      return invitations.listInvitations(request.params.workspaceId);
    },
  );

  app.delete(
    '/api/workspaces/:workspaceId/invitations/:invitationId',
    { schema: { tags, summary: 'Revoke an invitation', params: invitationParams } },
    async (request, reply) => {
      await requireWorkspaceRole(request, request.params.workspaceId, inviters);
      await invitations.revokeInvitation(request.params.workspaceId, request.params.invitationId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/invitations/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation with the token from its link',
        body: acceptInvitationRequest,
        response: { 200: z.object({ workspaceId: z.string(), role: z.enum(['owner', 'recruiter', 'interviewer']) }) },
      },
    },
    async (request) => invitations.acceptInvitation(requireUser(request), request.body.token),
  );
};
