import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { keyCheckSchema, keyParamsSchema, providerKeyListSchema, putKeyBodySchema, workspaceKeyParamsSchema, workspaceKeysParamsSchema } from '#shared/contracts/keys.ts';
import type { KeysDeps } from './keys-deps.ts';
import { deleteKey, listKeys, putKey, testKey } from './keys.service.ts';

const tags = ['keys'];
const mine = { kind: 'mine' } as const;
const workspace = (workspaceId: string) => ({ kind: 'workspace', workspaceId }) as const;

/** The same four actions for a user's own keys and (owners only) a workspace's keys. */
export const keysRoutes: FastifyPluginAsyncZod<{ deps: KeysDeps }> = async (app, { deps }) => {
  app.get(
    '/api/me/keys',
    { schema: { tags, summary: 'My stored provider keys (never the secret)', response: { 200: providerKeyListSchema } } },
    async (request) => listKeys(deps, callerOf(request), mine),
  );
  app.put(
    '/api/me/keys/:provider',
    { schema: { tags, summary: 'Store or replace a provider key', params: keyParamsSchema, body: putKeyBodySchema } },
    async (request, reply) => {
      await putKey(deps, callerOf(request), mine, request.params.provider, request.body, { ip: request.ip });
      return reply.status(204).send();
    },
  );
  app.delete('/api/me/keys/:provider', { schema: { tags, summary: 'Forget a provider key', params: keyParamsSchema } }, async (request, reply) => {
    await deleteKey(deps, callerOf(request), mine, request.params.provider, { ip: request.ip });
    return reply.status(204).send();
  });
  app.post(
    '/api/me/keys/:provider/test',
    { schema: { tags, summary: 'Make one minimal call to the provider with the stored key', params: keyParamsSchema, response: { 200: keyCheckSchema } } },
    async (request) => testKey(deps, callerOf(request), mine, request.params.provider, { ip: request.ip }),
  );

  app.get(
    '/api/workspaces/:workspaceId/keys',
    { schema: { tags, summary: "The workspace's provider keys (owner)", params: workspaceKeysParamsSchema, response: { 200: providerKeyListSchema } } },
    async (request) => listKeys(deps, callerOf(request), workspace(request.params.workspaceId)),
  );
  app.put(
    '/api/workspaces/:workspaceId/keys/:provider',
    { schema: { tags, summary: "Store or replace a workspace's provider key (owner)", params: workspaceKeyParamsSchema, body: putKeyBodySchema } },
    async (request, reply) => {
      await putKey(deps, callerOf(request), workspace(request.params.workspaceId), request.params.provider, request.body, { ip: request.ip });
      return reply.status(204).send();
    },
  );
  app.delete(
    '/api/workspaces/:workspaceId/keys/:provider',
    { schema: { tags, summary: "Forget a workspace's provider key (owner)", params: workspaceKeyParamsSchema } },
    async (request, reply) => {
      await deleteKey(deps, callerOf(request), workspace(request.params.workspaceId), request.params.provider, { ip: request.ip });
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/workspaces/:workspaceId/keys/:provider/test',
    { schema: { tags, summary: "Test a workspace's provider key (owner)", params: workspaceKeyParamsSchema, response: { 200: keyCheckSchema } } },
    async (request) => testKey(deps, callerOf(request), workspace(request.params.workspaceId), request.params.provider, { ip: request.ip }),
  );
};
