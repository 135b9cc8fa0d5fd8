import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { experienceBodySchema, experienceSchema } from '#shared/contracts/career.ts';
import {
  conversationMessageBodySchema,
  conversationPageSchema,
  conversationParamsSchema,
  conversationSchema,
  startConversationBodySchema,
} from '#shared/contracts/career-stories.ts';
import { pageQuerySchema } from '#shared/contracts/common.ts';
import type { CareerDeps } from './career-deps.ts';
import * as conversations from './conversations.service.ts';
import { writeStoryStream } from './story-event-stream.ts';

const tags = ['career'];

/** Conversations in which the assistant draws a STAR story out of the user, one question at a time. */
export const conversationsRoutes: FastifyPluginAsyncZod<{ deps: CareerDeps }> = async (app, { deps }) => {
  app.post(
    '/api/career/conversations',
    { schema: { tags, summary: 'Start a conversation about something you name; the first question comes with it', body: startConversationBodySchema, response: { 201: conversationSchema } } },
    async (request, reply) => reply.status(201).send(await conversations.startConversation(deps, callerOf(request), request.body)),
  );
  app.get(
    '/api/career/conversations',
    { schema: { tags, summary: 'Your conversations, the latest first', querystring: pageQuerySchema, response: { 200: conversationPageSchema } } },
    async (request) => conversations.listConversations(deps, callerOf(request), request.query),
  );
  app.get(
    '/api/career/conversations/:conversationId',
    { schema: { tags, summary: 'One conversation with its messages and, once complete, the proposed experience', params: conversationParamsSchema, response: { 200: conversationSchema } } },
    async (request) => conversations.getConversation(deps, callerOf(request), request.params.conversationId),
  );
  app.post(
    '/api/career/conversations/:conversationId/messages',
    { schema: { tags, summary: 'Answer the assistant; the reply is its next question (or the proposal)', params: conversationParamsSchema, body: conversationMessageBodySchema, response: { 200: conversationSchema } } },
    async (request) => conversations.sendMessage(deps, callerOf(request), request.params.conversationId, request.body),
  );
  app.post(
    '/api/career/conversations/:conversationId/messages/stream',
    {
      schema: {
        tags,
        summary: 'Answer the assistant; its reply comes as text/event-stream: delta events, then the conversation as state',
        params: conversationParamsSchema,
        body: conversationMessageBodySchema,
      },
    },
    async (request, reply) => writeStoryStream(reply, await conversations.streamReply(deps, callerOf(request), request.params.conversationId, request.body)),
  );
  app.post(
    '/api/career/conversations/:conversationId/experience',
    {
      schema: {
        tags,
        summary: 'Save the proposed experience as you edited it, linked to this conversation',
        params: conversationParamsSchema,
        body: experienceBodySchema.omit({ conversationId: true }),
        response: { 201: experienceSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await conversations.saveStoryExperience(deps, callerOf(request), request.params.conversationId, request.body)),
  );
};
