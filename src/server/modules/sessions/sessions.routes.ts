import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { requireSession } from '#server/platform/auth/index.ts';
import { pageQuerySchema } from '#shared/contracts/common.ts';
import { revokedSessionsSchema, sessionPageSchema, sessionParamsSchema } from '#shared/contracts/sessions.ts';
import type { SessionsDeps } from './sessions-deps.ts';
import { listSessions, revokeOtherSessions, revokeSession } from './sessions.service.ts';

const tags = ['sessions'];

export const sessionsRoutes: FastifyPluginAsyncZod<{ deps: SessionsDeps }> = async (app, { deps }) => {
  app.get(
    '/api/me/sessions',
    { schema: { tags, summary: 'My active sessions, newest first', querystring: pageQuerySchema, response: { 200: sessionPageSchema } } },
    async (request) => listSessions(deps, callerOf(request), requireSession(request).session.id, request.query),
  );

  app.delete(
    '/api/me/sessions/:sessionId',
    { schema: { tags, summary: 'Sign one of my sessions out', params: sessionParamsSchema } },
    async (request, reply) => {
      await revokeSession(deps, callerOf(request), request.params.sessionId, { ip: request.ip });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/me/sessions/revoke-others',
    { schema: { tags, summary: 'Sign out every session but this one', response: { 200: revokedSessionsSchema } } },
    async (request) => ({ revoked: await revokeOtherSessions(deps, callerOf(request), requireSession(request).session.id, { ip: request.ip }) }),
  );
};
