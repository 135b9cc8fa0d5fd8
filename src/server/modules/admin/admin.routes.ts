import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminLockRequest, adminRoleRequest, adminUserItem, adminUserPage, adminUserParams, adminUserQuery, outboxPage, outboxQuery } from '#shared/contracts/admin.ts';
import { requireAdmin } from '#server/platform/auth/index.ts';
import type { AdminService } from './admin.service.ts';

const tags = ['admin'];

export const adminRoutes: FastifyPluginAsyncZod<{ admin: AdminService }> = async (app, { admin }) => {
  app.get(
    '/api/admin/users',
    { schema: { tags, summary: 'List and search users (administrator)', querystring: adminUserQuery, response: { 200: adminUserPage } } },
    async (request) => {
      requireAdmin(request);
      return admin.listUsers(request.query);
    },
  );

  app.post(
    '/api/admin/users/:userId/lock',
    { schema: { tags, summary: 'Lock an account and sign it out (administrator)', params: adminUserParams, body: adminLockRequest.optional(), response: { 200: adminUserItem } } },
    async (request) => admin.lockUser(requireAdmin(request).id, request.params.userId, request.body?.reason),
  );

  app.post(
    '/api/admin/users/:userId/unlock',
    { schema: { tags, summary: 'Unlock an account (administrator)', params: adminUserParams, response: { 200: adminUserItem } } },
    async (request) => admin.unlockUser(requireAdmin(request).id, request.params.userId),
  );

  app.patch(
    '/api/admin/users/:userId',
    { schema: { tags, summary: "Change a user's installation role (administrator)", params: adminUserParams, body: adminRoleRequest, response: { 200: adminUserItem } } },
    async (request) => admin.changeRole(requireAdmin(request).id, request.params.userId, request.body.role),
  );

  app.delete(
    '/api/admin/users/:userId',
    { schema: { tags, summary: 'Delete a user and everything they own (administrator)', params: adminUserParams } },
    async (request, reply) => {
      await admin.deleteUser(requireAdmin(request).id, request.params.userId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/admin/outbox',
    { schema: { tags, summary: 'Mail the installation sent or kept (administrator)', querystring: outboxQuery, response: { 200: outboxPage } } },
    async (request) => {
      requireAdmin(request);
      return admin.listOutbox(request.query);
    },
  );
};
