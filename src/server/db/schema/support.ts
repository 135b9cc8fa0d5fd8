import { boolean, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { checkOneOf, createdAt, primaryId, timestamptz, updatedAt } from './columns.ts';
import { ticketPriorities, type TicketPriority, type TicketStatus, ticketStatuses } from '#shared/vocabulary.ts';

export { ticketPriorities, type TicketPriority, type TicketStatus, ticketStatuses };

/** A user's request for help from the installation's administrators (seed 003). */
export const supportTickets = pgTable(
  'support_tickets',
  {
    id: primaryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    description: text('description').notNull(),
    status: text('status').$type<TicketStatus>().notNull().default('open'),
    priority: text('priority').$type<TicketPriority>().notNull().default('medium'),
    category: text('category').notNull().default('general'),
    assignedTo: uuid('assigned_to').references(() => users.id, { onDelete: 'set null' }),
    resolution: text('resolution'),
    resolvedAt: timestamptz('resolved_at'),
    /** When it was closed; the requester may reopen it within 14 days of this. */
    closedAt: timestamptz('closed_at'),
    /** One optional screenshot or file, in the file storage; its type decided by its content. */
    attachmentStoragePath: text('attachment_storage_path'),
    attachmentName: text('attachment_name'),
    attachmentMimeType: text('attachment_mime_type'),
    attachmentSizeBytes: integer('attachment_size_bytes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('support_tickets_user_id_idx').on(table.userId, table.createdAt.desc()),
    index('support_tickets_assigned_to_idx').on(table.assignedTo, table.status),
    index('support_tickets_status_idx').on(table.status, table.priority),
    checkOneOf('support_tickets_status_check', table.status, ticketStatuses),
    checkOneOf('support_tickets_priority_check', table.priority, ticketPriorities),
  ],
);

/** A comment keeps its ticket when its author is deleted (the ticket belongs to the requester). */
export const ticketComments = pgTable(
  'ticket_comments',
  {
    id: primaryId(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => supportTickets.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    comment: text('comment').notNull(),
    /** Visible to administrators only. */
    isInternal: boolean('is_internal').notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [index('ticket_comments_ticket_id_idx').on(table.ticketId, table.createdAt), index('ticket_comments_user_id_idx').on(table.userId)],
);
