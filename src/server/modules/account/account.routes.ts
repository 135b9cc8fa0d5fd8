import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  deleteAccountRequest,
  deleteAccountResponse,
  exportResponse,
  preferencesBody,
  profileResponse,
  updateProfileRequest,
} from '#shared/contracts/account.ts';
import { requireSession, requireUser } from '#server/platform/auth/index.ts';
import type { AccountService } from './account.service.ts';

const tags = ['account'];

export const accountRoutes: FastifyPluginAsyncZod<{ account: AccountService }> = async (app, { account }) => {
  app.get('/api/me', { schema: { tags, summary: 'My profile', response: { 200: profileResponse } } }, async (request) =>
    account.getProfile(requireUser(request).id),
  );

  app.patch(
    '/api/me',
    { schema: { tags, summary: 'Update my profile', body: updateProfileRequest, response: { 200: profileResponse } } },
    async (request) => account.updateProfile(requireUser(request).id, request.body),
  );

  app.get('/api/me/preferences', { schema: { tags, summary: 'My preferences', response: { 200: preferencesBody } } }, async (request) =>
    account.getPreferences(requireUser(request).id),
  );

  app.put(
    '/api/me/preferences',
    { schema: { tags, summary: 'Replace my preferences', body: preferencesBody, response: { 200: preferencesBody } } },
    async (request) => account.putPreferences(requireUser(request).id, request.body),
  );

  app.get(
    '/api/me/export',
    { schema: { tags, summary: 'Download all my data as JSON (no secrets)', response: { 200: exportResponse } } },
    async (request, reply) => {
      reply.header('content-disposition', 'attachment; filename="parley-export.json"');
      return account.exportData(requireUser(request).id);
    },
  );

  app.delete(
    '/api/me',
    {
      schema: {
        tags,
        summary: 'Delete my account and everything I own',
        description:
          'Needs the password (or, for accounts without one, a session under 10 minutes old). Workspaces I created are deleted too, unless another member is an owner, who then owns them.',
        body: deleteAccountRequest.optional(),
        response: { 200: deleteAccountResponse },
      },
    },
    async (request) => account.deleteAccount(requireSession(request), request.body?.password),
  );
};
