import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import {
  adminUserPageSchema,
  adminUserParamsSchema,
  adminUserSchema,
  changeUserRoleBodySchema,
  listAdminUsersQuerySchema,
  listOutboxQuerySchema,
  lockUserBodySchema,
  outboxPageSchema,
} from '#shared/contracts/admin.ts';
import type { AdminDeps } from './admin-deps.ts';
import { changeUserRole, deleteUser, listOutbox, listUsers, lockUser, unlockUser } from './admin.service.ts';

const tags = ['admin'];

export const adminRoutes: FastifyPluginAsyncZod<{ deps: AdminDeps }> = async (app, { deps }) => {
  app.get(
    '/api/admin/users',
    { schema: { tags, summary: 'List and search users, newest first (administrator)', querystring: listAdminUsersQuerySchema, response: { 200: adminUserPageSchema } } },
    async (request) => listUsers(deps, callerOf(request), request.query),
  );

  app.post(
    '/api/admin/users/:userId/lock',
    { schema: { tags, summary: 'Lock an account and sign it out (administrator)', params: adminUserParamsSchema, body: lockUserBodySchema.optional(), response: { 200: adminUserSchema } } },
    async (request) => lockUser(deps, callerOf(request), request.params.userId, request.body?.reason, { ip: request.ip }),
  );

  app.post(
    '/api/admin/users/:userId/unlock',
    { schema: { tags, summary: 'Unlock an account (administrator)', params: adminUserParamsSchema, response: { 200: adminUserSchema } } },
    async (request) => unlockUser(deps, callerOf(request), request.params.userId, { ip: request.ip }),
  );

  app.patch(
    '/api/admin/users/:userId',
    { schema: { tags, summary: "Change a user's installation role (administrator)", params: adminUserParamsSchema, body: changeUserRoleBodySchema, response: { 200: adminUserSchema } } },
    async (request) => changeUserRole(deps, callerOf(request), request.params.userId, request.body.role, { ip: request.ip }),
  );

  app.delete(
    '/api/admin/users/:userId',
    { schema: { tags, summary: 'Delete a user and everything they own (administrator)', params: adminUserParamsSchema } },
    async (request, reply) => {
      await deleteUser(deps, callerOf(request), request.params.userId, { ip: request.ip });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/admin/outbox',
    { schema: { tags, summary: 'Mail the installation sent or kept, newest first (administrator)', querystring: listOutboxQuerySchema, response: { 200: outboxPageSchema } } },
    async (request) => listOutbox(deps, callerOf(request), request.query),
  );
};
