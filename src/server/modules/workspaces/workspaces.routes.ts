import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { pageQuerySchema } from '#shared/contracts/common.ts';
import {
  changeMemberRoleBodySchema,
  createWorkspaceBodySchema,
  memberPageSchema,
  memberParamsSchema,
  updateWorkspaceBodySchema,
  workspacePageSchema,
  workspaceParamsSchema,
  workspaceSchema,
} from '#shared/contracts/workspaces.ts';
import type { WorkspacesDeps } from './workspaces-deps.ts';
import { changeMemberRole, createWorkspace, deleteWorkspace, getWorkspace, leaveWorkspace, listMembers, listWorkspaces, removeMember, updateWorkspace } from './workspaces.service.ts';

const tags = ['workspaces'];

export const workspacesRoutes: FastifyPluginAsyncZod<{ deps: WorkspacesDeps }> = async (app, { deps }) => {
  app.post(
    '/api/workspaces',
    { schema: { tags, summary: 'Create a workspace (I become its owner)', body: createWorkspaceBodySchema, response: { 201: workspaceSchema } } },
    async (request, reply) => reply.status(201).send(await createWorkspace(deps, callerOf(request), request.body)),
  );

  app.get(
    '/api/workspaces',
    { schema: { tags, summary: 'Workspaces I belong to, by name', querystring: pageQuerySchema, response: { 200: workspacePageSchema } } },
    async (request) => listWorkspaces(deps, callerOf(request), request.query),
  );

  app.get(
    '/api/workspaces/:workspaceId',
    { schema: { tags, summary: 'One workspace (any member)', params: workspaceParamsSchema, response: { 200: workspaceSchema } } },
    async (request) => getWorkspace(deps, callerOf(request), request.params.workspaceId),
  );

  app.patch(
    '/api/workspaces/:workspaceId',
    { schema: { tags, summary: 'Rename or configure (owner)', params: workspaceParamsSchema, body: updateWorkspaceBodySchema, response: { 200: workspaceSchema } } },
    async (request) => updateWorkspace(deps, callerOf(request), request.params.workspaceId, request.body),
  );

  app.delete(
    '/api/workspaces/:workspaceId',
    { schema: { tags, summary: 'Delete the workspace and everything in it (owner)', params: workspaceParamsSchema } },
    async (request, reply) => {
      await deleteWorkspace(deps, callerOf(request), request.params.workspaceId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/workspaces/:workspaceId/members',
    { schema: { tags, summary: 'Members and their roles, by name (any member)', params: workspaceParamsSchema, querystring: pageQuerySchema, response: { 200: memberPageSchema } } },
    async (request) => listMembers(deps, callerOf(request), request.params.workspaceId, request.query),
  );

  app.patch(
    '/api/workspaces/:workspaceId/members/:userId',
    { schema: { tags, summary: "Change a member's role (owner)", params: memberParamsSchema, body: changeMemberRoleBodySchema } },
    async (request, reply) => {
      await changeMemberRole(deps, callerOf(request), request.params, request.body.role, { ip: request.ip });
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/workspaces/:workspaceId/members/:userId',
    { schema: { tags, summary: 'Remove a member (owner)', params: memberParamsSchema } },
    async (request, reply) => {
      await removeMember(deps, callerOf(request), request.params, { ip: request.ip });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/workspaces/:workspaceId/leave',
    { schema: { tags, summary: 'Leave the workspace (any member but its last owner)', params: workspaceParamsSchema } },
    async (request, reply) => {
      await leaveWorkspace(deps, callerOf(request), request.params.workspaceId, { ip: request.ip });
      return reply.status(204).send();
    },
  );
};
