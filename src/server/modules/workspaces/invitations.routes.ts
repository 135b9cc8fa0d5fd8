import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { pageQuerySchema } from '#shared/contracts/common.ts';
import {
  acceptedInvitationSchema,
  acceptInvitationBodySchema,
  invitationPageSchema,
  invitationParamsSchema,
  invitationSchema,
  inviteBodySchema,
  workspaceParamsSchema,
} from '#shared/contracts/workspaces.ts';
import { acceptInvitation, inviteMember, listInvitations, revokeInvitation } from './invitations.service.ts';
import type { WorkspacesDeps } from './workspaces-deps.ts';

const tags = ['workspaces'];

export const invitationsRoutes: FastifyPluginAsyncZod<{ deps: WorkspacesDeps }> = async (app, { deps }) => {
  app.post(
    '/api/workspaces/:workspaceId/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone by email (owner, or recruiter for non-owner roles)',
        params: workspaceParamsSchema,
        body: inviteBodySchema,
        response: { 201: invitationSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await inviteMember(deps, callerOf(request), request.params.workspaceId, request.body)),
  );

  app.get(
    '/api/workspaces/:workspaceId/invitations',
    {
      schema: {
        tags,
        summary: 'Pending and accepted invitations, newest first (owner or recruiter)',
        params: workspaceParamsSchema,
        querystring: pageQuerySchema,
        response: { 200: invitationPageSchema },
      },
    },
    async (request) => listInvitations(deps, callerOf(request), request.params.workspaceId, request.query),
  );

  app.delete(
    '/api/workspaces/:workspaceId/invitations/:invitationId',
    { schema: { tags, summary: 'Revoke a pending invitation (owner or recruiter)', params: invitationParamsSchema } },
    async (request, reply) => {
      await revokeInvitation(deps, callerOf(request), request.params);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/invitations/accept',
    { schema: { tags, summary: 'Accept an invitation with the token from its link', body: acceptInvitationBodySchema, response: { 200: acceptedInvitationSchema } } },
    async (request) => acceptInvitation(deps, callerOf(request), request.body.token, { ip: request.ip }),
  );
};
