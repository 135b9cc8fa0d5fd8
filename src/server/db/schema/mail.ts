import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { checkOneOf, createdAt, primaryId, timestamptz } from './columns.ts';
import { type MailKind, mailKinds, type MailTransport, mailTransports } from '#shared/vocabulary.ts';

export { type MailKind, mailKinds, type MailTransport, mailTransports };

export type MailAttachment = { filename: string; contentType: string; contentBase64: string };

/**
 * Every message Parley sends, whether SMTP delivered it or not: without SMTP configured the outbox is where an
 * operator (or a test) reads verification links and invitations. With SMTP a row is written before the message goes
 * out and marked sent (or failed) after (decision 038).
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: primaryId(),
    toAddress: text('to_address').notNull(),
    ccAddresses: text('cc_addresses').array().notNull().default([]),
    bccAddresses: text('bcc_addresses').array().notNull().default([]),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    attachments: jsonb('attachments').$type<MailAttachment[]>().notNull().default([]),
    kind: text('kind').$type<MailKind>().notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    transport: text('transport').$type<MailTransport>().notNull(),
    createdAt: createdAt(),
    sentAt: timestamptz('sent_at'),
    error: text('error'),
    /** The Message-ID the message is sent with, the same on every attempt, so a resent copy is recognisably the same message. */
    messageId: text('message_id'),
    /** Which process is sending it and since when: a message neither sent nor failed whose process is gone is sent again. */
    attemptedBy: text('attempted_by'),
    attemptedAt: timestamptz('attempted_at'),
  },
  (table) => [
    index('mail_outbox_user_id_idx').on(table.userId),
    index('mail_outbox_to_address_idx').on(table.toAddress, table.createdAt),
    index('mail_outbox_unsent_idx').on(table.createdAt).where(sql`sent_at is null and error is null and transport = 'smtp'`),
    checkOneOf('mail_outbox_kind_check', table.kind, mailKinds),
    checkOneOf('mail_outbox_transport_check', table.transport, mailTransports),
  ],
);
