import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { attachmentDisposition } from '#server/platform/content-disposition.ts';
import { pageQuerySchema } from '#shared/contracts/common.ts';
import {
  addCommentBodySchema,
  createdTicketSchema,
  createTicketBodySchema,
  ticketCommentSchema,
  ticketPageSchema,
  ticketParamsSchema,
  ticketQueueQuerySchema,
  ticketSchema,
  updateTicketBodySchema,
} from '#shared/contracts/support.ts';
import { receiveAttachment } from './receive-attachment.ts';
import type { SupportDeps } from './support-deps.ts';
import { addComment, attachTicketFile, getTicket, getTicketAttachment, listMyTickets, listTicketQueue, openTicket, reopenTicket, updateTicket } from './tickets.service.ts';

const tags = ['support'];

export const supportRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  await app.register(multipart);

  app.post(
    '/api/support/tickets',
    { schema: { tags, summary: 'Open a support ticket', body: createTicketBodySchema, response: { 201: createdTicketSchema } } },
    async (request, reply) => reply.status(201).send(await openTicket(deps, callerOf(request), request.body)),
  );
  app.get(
    '/api/support/tickets',
    { schema: { tags, summary: 'My tickets, most recently changed first', querystring: pageQuerySchema, response: { 200: ticketPageSchema } } },
    async (request) => listMyTickets(deps, callerOf(request), request.query),
  );
  app.get(
    '/api/support/queue',
    { schema: { tags, summary: 'Every ticket, with filters (support staff)', querystring: ticketQueueQuerySchema, response: { 200: ticketPageSchema } } },
    async (request) => listTicketQueue(deps, callerOf(request), request.query),
  );
  app.get(
    '/api/support/tickets/:ticketId',
    { schema: { tags, summary: 'A ticket with its thread (internal notes for support staff only)', params: ticketParamsSchema, response: { 200: ticketSchema } } },
    async (request) => getTicket(deps, callerOf(request), request.params.ticketId),
  );
  app.patch(
    '/api/support/tickets/:ticketId',
    { schema: { tags, summary: 'Change status, priority or assignee (support staff)', params: ticketParamsSchema, body: updateTicketBodySchema, response: { 200: ticketSchema } } },
    async (request) => updateTicket(deps, callerOf(request), request.params.ticketId, request.body),
  );
  app.post(
    '/api/support/tickets/:ticketId/comments',
    { schema: { tags, summary: 'Reply, or (support staff) add an internal note', params: ticketParamsSchema, body: addCommentBodySchema, response: { 201: ticketCommentSchema } } },
    async (request, reply) => reply.status(201).send(await addComment(deps, callerOf(request), request.params.ticketId, request.body)),
  );
  app.post(
    '/api/support/tickets/:ticketId/reopen',
    { schema: { tags, summary: 'Reopen my closed ticket (within 14 days of closing)', params: ticketParamsSchema, response: { 200: ticketSchema } } },
    async (request) => reopenTicket(deps, callerOf(request), request.params.ticketId),
  );
  app.put(
    '/api/support/tickets/:ticketId/attachment',
    {
      schema: {
        tags,
        summary: 'Attach a screenshot or file to my ticket (multipart "file": PNG, JPEG, GIF, WebP, PDF or text, by content; at most 10 MB)',
        consumes: ['multipart/form-data'],
        params: ticketParamsSchema,
        response: { 200: ticketSchema },
      },
    },
    async (request) => attachTicketFile(deps, callerOf(request), request.params.ticketId, (maxBytes) => receiveAttachment(request, maxBytes)),
  );
  app.get(
    '/api/support/tickets/:ticketId/attachment',
    { schema: { tags, summary: "The ticket's attachment", params: ticketParamsSchema } },
    async (request, reply) => {
      const file = await getTicketAttachment(deps, callerOf(request), request.params.ticketId);
      return reply.type(file.mimeType).header('content-disposition', attachmentDisposition(file.name)).header('x-content-type-options', 'nosniff').send(file.bytes);
    },
  );
};
