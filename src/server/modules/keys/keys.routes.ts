import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { keyListResponse, keyProviderParam, putKeyRequest, testKeyResponse } from '#shared/contracts/keys.ts';
import { workspaceIdParam } from '#shared/contracts/workspaces.ts';
import { requireUser, requireWorkspaceRole } from '#server/platform/auth/index.ts';
import type { KeysService } from './keys.service.ts';

const tags = ['keys'];
const workspaceKeyParams = workspaceIdParam.extend(keyProviderParam.shape);

/** The same four actions for a user's own keys and (owners only) a workspace's keys. */
export const keysRoutes: FastifyPluginAsyncZod<{ keys: KeysService }> = async (app, { keys }) => {
  const me = (request: Parameters<typeof requireUser>[0]) => ({ kind: 'user' as const, id: requireUser(request).id });
  const workspace = async (request: Parameters<typeof requireUser>[0], workspaceId: string) => {
    await requireWorkspaceRole(request, workspaceId, ['owner']);
    return { kind: 'workspace' as const, id: workspaceId };
  };

  app.get('/api/me/keys', { schema: { tags, summary: 'My stored provider keys (never the secret)', response: { 200: keyListResponse } } }, async (request) =>
    keys.listKeys(me(request)),
  );
  app.put(
    '/api/me/keys/:provider',
    { schema: { tags, summary: 'Store or replace a provider key', params: keyProviderParam, body: putKeyRequest } },
    async (request, reply) => {
      await keys.putKey(me(request), request.params.provider, request.body);
      return reply.status(204).send();
    },
  );
  app.delete('/api/me/keys/:provider', { schema: { tags, summary: 'Forget a provider key', params: keyProviderParam } }, async (request, reply) => {
    await keys.deleteKey(me(request), request.params.provider);
    return reply.status(204).send();
  });
  app.post(
    '/api/me/keys/:provider/test',
    { schema: { tags, summary: 'Make one minimal call to the provider with the stored key', params: keyProviderParam, response: { 200: testKeyResponse } } },
    async (request) => keys.testKey(me(request), request.params.provider),
  );

  app.get(
    '/api/workspaces/:workspaceId/keys',
    { schema: { tags, summary: "The workspace's provider keys (owner)", params: workspaceIdParam, response: { 200: keyListResponse } } },
    async (request) => keys.listKeys(await workspace(request, request.params.workspaceId)),
  );
  app.put(
    '/api/workspaces/:workspaceId/keys/:provider',
    { schema: { tags, summary: "Store or replace a workspace's provider key (owner)", params: workspaceKeyParams, body: putKeyRequest } },
    async (request, reply) => {
      await keys.putKey(await workspace(request, request.params.workspaceId), request.params.provider, request.body);
      return reply.status(204).send();
    },
  );
  app.delete(
    '/api/workspaces/:workspaceId/keys/:provider',
    { schema: { tags, summary: "Forget a workspace's provider key (owner)", params: workspaceKeyParams } },
    async (request, reply) => {
      await keys.deleteKey(await workspace(request, request.params.workspaceId), request.params.provider);
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/workspaces/:workspaceId/keys/:provider/test',
    { schema: { tags, summary: "Test a workspace's provider key (owner)", params: workspaceKeyParams, response: { 200: testKeyResponse } } },
    async (request) => keys.testKey(await workspace(request, request.params.workspaceId), request.params.provider),
  );
};
