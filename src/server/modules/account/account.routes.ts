import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { requireSession } from '#server/platform/auth/index.ts';
import { attachmentDisposition } from '#server/platform/content-disposition.ts';
import { accountExportSchema, deleteAccountBodySchema, deletedAccountSchema, preferencesSchema, profileSchema, updateProfileBodySchema } from '#shared/contracts/account.ts';
import type { AccountDeps } from './account-deps.ts';
import { deleteAccount, exportAccountData, getPreferences, getProfile, putPreferences, updateProfile } from './account.service.ts';

const tags = ['account'];

export const accountRoutes: FastifyPluginAsyncZod<{ deps: AccountDeps }> = async (app, { deps }) => {
  app.get('/api/me', { schema: { tags, summary: 'My profile', response: { 200: profileSchema } } }, async (request) => getProfile(deps, callerOf(request)));

  app.patch(
    '/api/me',
    { schema: { tags, summary: 'Update my profile', body: updateProfileBodySchema, response: { 200: profileSchema } } },
    async (request) => updateProfile(deps, callerOf(request), request.body),
  );

  app.get('/api/me/preferences', { schema: { tags, summary: 'My preferences', response: { 200: preferencesSchema } } }, async (request) =>
    getPreferences(deps, callerOf(request)),
  );

  app.put(
    '/api/me/preferences',
    { schema: { tags, summary: 'Replace my preferences', body: preferencesSchema, response: { 200: preferencesSchema } } },
    async (request) => putPreferences(deps, callerOf(request), request.body),
  );

  app.get(
    '/api/me/export',
    { schema: { tags, summary: 'Download all my data as JSON (no secrets)', response: { 200: accountExportSchema } } },
    async (request, reply) => {
      const data = await exportAccountData(deps, callerOf(request));
      return reply.header('content-disposition', attachmentDisposition('parley-export.json')).send(data);
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
        body: deleteAccountBodySchema.optional(),
        response: { 200: deletedAccountSchema },
      },
    },
    async (request) => deleteAccount(deps, callerOf(request), requireSession(request).session, request.body?.password, { ip: request.ip }),
  );
};
