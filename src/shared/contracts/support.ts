import { z } from 'zod';
import { ticketCategories, ticketPriorities, ticketStatuses } from '#shared/vocabulary.ts';
import { idSchema, pageQuerySchema, pageSchema } from './common.ts';

/**
 * HTTP contracts of support tickets (decision 029):
 * - POST  /api/support/tickets {subject, description, category?, priority?}  → 201 {id, status}
 * - GET   /api/support/tickets                                               → my tickets (a page)
 * - GET   /api/support/tickets/:ticketId                                     → the ticket with its comments
 * - POST  /api/support/tickets/:ticketId/comments {body, internal?}          → 201 the comment
 * - PUT   /api/support/tickets/:ticketId/attachment (multipart "file")       → the ticket
 * - GET   /api/support/tickets/:ticketId/attachment                          → the file
 * - POST  /api/support/tickets/:ticketId/reopen                              → the ticket (requester, ≤ 14 days after closing)
 * - GET   /api/support/queue?status&priority&category&assignee               → every ticket (support staff)
 * - PATCH /api/support/tickets/:ticketId {status?, priority?, assignedTo?}   → the ticket (support staff)
 */

export const ticketStatusSchema = z.enum(ticketStatuses);
export const ticketPrioritySchema = z.enum(ticketPriorities);
export const ticketCategorySchema = z.enum(ticketCategories);

export const ticketParamsSchema = z.object({ ticketId: idSchema('ticket') });

export const createTicketBodySchema = z
  .object({
    subject: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    description: z.string().trim().min(1, 'must not be empty').max(10_000, 'must be at most 10000 characters'),
    category: ticketCategorySchema.optional(),
    priority: ticketPrioritySchema.optional(),
  })
  .strict();
export type CreateTicketBody = z.infer<typeof createTicketBodySchema>;
export const createdTicketSchema = z.object({ id: z.uuid(), status: ticketStatusSchema });
export type CreatedTicket = z.infer<typeof createdTicketSchema>;

export const addCommentBodySchema = z
  .object({
    body: z.string().trim().min(1, 'must not be empty').max(10_000, 'must be at most 10000 characters'),
    internal: z.boolean().optional().describe('A note for support staff only; the requester never sees it'),
  })
  .strict();
export type AddCommentBody = z.infer<typeof addCommentBodySchema>;

export const ticketCommentSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  /** Null when the author's account was deleted. */
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  /** Whether the author is support staff (an administrator or the support role). */
  fromStaff: z.boolean(),
  internal: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type TicketComment = z.infer<typeof ticketCommentSchema>;

export const ticketAttachmentSchema = z.object({ name: z.string(), mimeType: z.string(), sizeBytes: z.number().int() });

export const ticketSummarySchema = z.object({
  id: z.uuid(),
  subject: z.string(),
  status: ticketStatusSchema,
  priority: ticketPrioritySchema,
  category: z.string(),
  requester: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TicketSummary = z.infer<typeof ticketSummarySchema>;
export const ticketPageSchema = pageSchema(ticketSummarySchema);
export type TicketPage = z.infer<typeof ticketPageSchema>;

export const ticketSchema = ticketSummarySchema.extend({
  description: z.string(),
  attachment: ticketAttachmentSchema.nullable(),
  closedAt: z.iso.datetime().nullable(),
  /** Until when the requester may reopen it: closed tickets within 14 days of closing; null otherwise. */
  reopenUntil: z.iso.datetime().nullable(),
  comments: z.array(ticketCommentSchema),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const ticketQueueQuerySchema = pageQuerySchema.extend({
  status: ticketStatusSchema.optional(),
  priority: ticketPrioritySchema.optional(),
  category: ticketCategorySchema.optional(),
  assignee: z.union([z.literal('me'), z.literal('none'), z.uuid()]).optional().describe('me, none, or a user id'),
});
export type TicketQueueQuery = z.infer<typeof ticketQueueQuerySchema>;

export const updateTicketBodySchema = z
  .object({
    status: ticketStatusSchema.optional(),
    priority: ticketPrioritySchema.optional(),
    assignedTo: z.uuid('must be a user id').nullable().optional().describe('A support staff member, or null to unassign'),
  })
  .strict();
export type UpdateTicketBody = z.infer<typeof updateTicketBodySchema>;

/** How long after closing the requester may reopen a ticket. */
export const reopenWindowDays = 14;
