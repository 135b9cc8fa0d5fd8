import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { revokeOthersResponse, sessionListResponse } from '#shared/contracts/sessions.ts';
import { requireSession } from '#server/platform/auth/index.ts';
import type { SessionsService } from './sessions.service.ts';

const tags = ['sessions'];

export const sessionsRoutes: FastifyPluginAsyncZod<{ sessions: SessionsService }> = async (app, { sessions }) => {
  app.get('/api/me/sessions', { schema: { tags, summary: 'My active sessions', response: { 200: sessionListResponse } } }, async (request) =>
    sessions.listSessions(requireSession(request)),
  );

  app.delete(
    '/api/me/sessions/:sessionId',
    { schema: { tags, summary: 'Sign one of my sessions out', params: z.object({ sessionId: z.uuid({ error: 'must be a session id' }) }) } },
    async (request, reply) => {
      await sessions.revokeSession(requireSession(request), request.params.sessionId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/me/sessions/revoke-others',
    { schema: { tags, summary: 'Sign out every session but this one', response: { 200: revokeOthersResponse } } },
    async (request) => ({ revoked: await sessions.revokeOtherSessions(requireSession(request)) }),
  );
};
