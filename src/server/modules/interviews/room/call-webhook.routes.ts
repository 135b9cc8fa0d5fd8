import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callWebhookAnswerSchema, callWebhookBodySchema, callWebhookHeadersSchema } from '#shared/contracts/interviews.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { receiveCallEvent } from './call-webhook.ts';

/**
 * LiveKit's webhook (decision 042). Its signature is a hash of the exact body, so the body is kept as the string
 * received (in this plugin only: LiveKit's `application/webhook+json`, and plain JSON for a proxy that rewrites it).
 */
export const callWebhookRoutes: FastifyPluginAsyncZod<{ deps: InterviewsDeps }> = async (app, { deps }) => {
  app.addContentTypeParser(['application/webhook+json'], { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => done(null, body));
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => done(null, body));
  app.post(
    '/api/livekit/webhook',
    {
      config: { public: true },
      schema: {
        tags: ['interview room'],
        summary: 'LiveKit webhook: a participant joining or leaving the embedded call becomes a system note (signed by LiveKit; 401 when the signature does not verify)',
        headers: callWebhookHeadersSchema,
        body: callWebhookBodySchema,
        response: { 200: callWebhookAnswerSchema },
      },
    },
    async (request) => receiveCallEvent(deps, request.body, request.headers.authorization),
  );
};
