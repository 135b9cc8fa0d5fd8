import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changeRoleRequest,
  createWorkspaceRequest,
  memberListResponse,
  memberParams,
  updateWorkspaceRequest,
  workspaceIdParam,
  workspaceListResponse,
  workspaceResponse,
} from '#shared/contracts/workspaces.ts';
import { requireUser, requireWorkspaceRole } from '#server/platform/auth/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { WorkspacesService } from './workspaces.service.ts';

const tags = ['workspaces'];
const anyMember = ['owner', 'recruiter', 'interviewer'] as const;

export const workspacesRoutes: FastifyPluginAsyncZod<{ workspaces: WorkspacesService }> = async (app, { workspaces }) => {
  app.post(
    '/api/workspaces',
    { schema: { tags, summary: 'Create a workspace (I become its owner)', body: createWorkspaceRequest, response: { 201: workspaceResponse } } },
    async (request, reply) => reply.status(201).send(await workspaces.createWorkspace(requireUser(request).id, request.body.name)),
  );

  app.get('/api/workspaces', { schema: { tags, summary: 'Workspaces I belong to', response: { 200: workspaceListResponse } } }, async (request) =>
    workspaces.listWorkspaces(requireUser(request).id),
  );

  app.get(
    '/api/workspaces/:workspaceId',
    { schema: { tags, summary: 'One workspace', params: workspaceIdParam, response: { 200: workspaceResponse } } },
    async (request) => {
      const { role } = await requireWorkspaceRole(request, request.params.workspaceId, anyMember);
      return workspaces.getWorkspace(request.params.workspaceId, role);
    },
  );

  app.patch(
    '/api/workspaces/:workspaceId',
    { schema: { tags, summary: 'Rename or configure (owner)', params: workspaceIdParam, body: updateWorkspaceRequest, response: { 200: workspaceResponse } } },
    async (request) => {
      const { role } = await requireWorkspaceRole(request, request.params.workspaceId, ['owner']);
      return workspaces.updateWorkspace(request.params.workspaceId, role, request.body);
    },
  );

  app.delete(
    '/api/workspaces/:workspaceId',
    { schema: { tags, summary: 'Delete the workspace and everything in it (owner)', params: workspaceIdParam } },
    async (request, reply) => {
      await requireWorkspaceRole(request, request.params.workspaceId, ['owner']);
      await workspaces.deleteWorkspace(request.params.workspaceId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/workspaces/:workspaceId/members',
    { schema: { tags, summary: 'Members and their roles', params: workspaceIdParam, response: { 200: memberListResponse } } },
    async (request) => {
      await requireWorkspaceRole(request, request.params.workspaceId, anyMember);
      return workspaces.listMembers(request.params.workspaceId);
    },
  );

  app.patch(
    '/api/workspaces/:workspaceId/members/:userId',
    { schema: { tags, summary: "Change a member's role (owner)", params: memberParams, body: changeRoleRequest } },
    async (request, reply) => {
      await requireWorkspaceRole(request, request.params.workspaceId, ['owner']);
      await workspaces.changeMemberRole(request.params.workspaceId, request.params.userId, request.body.role);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/workspaces/:workspaceId/members/:userId',
    { schema: { tags, summary: 'Remove a member (owner)', params: memberParams } },
    async (request, reply) => {
      const { user } = await requireWorkspaceRole(request, request.params.workspaceId, ['owner']);
      if (user.id === request.params.userId) throw new AppError('bad_request', 'To remove yourself, leave the workspace.');
      await workspaces.removeMember(request.params.workspaceId, request.params.userId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/workspaces/:workspaceId/leave',
    { schema: { tags, summary: 'Leave the workspace', params: workspaceIdParam } },
    async (request, reply) => {
      const { user } = await requireWorkspaceRole(request, request.params.workspaceId, anyMember);
      await workspaces.removeMember(request.params.workspaceId, user.id);
      return reply.status(204).send();
    },
  );
};
