import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { MailKind } from '#shared/vocabulary.ts';
import { insertOutboxRow, type OutboxRow } from './outbox.repo.ts';

/** An iCalendar object sent as iMIP (RFC 6047): a `text/calendar; method=…` alternative plus an `invite.ics` attachment. */
export type CalendarPart = { method: 'REQUEST' | 'CANCEL'; content: string };

export type OutgoingMail = { to: string; subject: string; text: string; html?: string; kind: MailKind; userId?: string | null; calendar?: CalendarPart };

export type Mailer = {
  /** Sends (when SMTP is configured) and always records the message; never throws for a delivery failure. */
  sendMail(mail: OutgoingMail): Promise<OutboxRow>;
  close(): void;
};

/** The clock stamps when a message was delivered. */
export type MailerDeps = { db: Db; smtpUrl: string | undefined; from: string; log: Logger; now: () => Date };

/**
 * Without SMTP the outbox table is the mailbox (an administrator reads it in the web app, so verification and
 * reset work on a laptop). With SMTP the message is delivered and still recorded, with sent_at or the error.
 */
export function createMailer(deps: MailerDeps): Mailer {
  const transport: Transporter | undefined = deps.smtpUrl ? nodemailer.createTransport(deps.smtpUrl) : undefined;
  return {
    async sendMail(mail) {
      const to = mail.to.trim().toLowerCase();
      const base = { toAddress: to, subject: mail.subject, textBody: mail.text, htmlBody: mail.html ?? null, kind: mail.kind, userId: mail.userId ?? null };
      if (!transport) {
        const row = await insertOutboxRow(deps.db, { ...base, transport: 'outbox', sentAt: null, error: null });
        deps.log.info({ mailId: row.id, to, kind: mail.kind }, 'mail kept in the outbox (no SMTP configured)');
        return row;
      }
      try {
        await transport.sendMail({
          from: deps.from,
          to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          // The MIME method must equal the METHOD inside the object (Outlook refuses a mismatch).
          ...(mail.calendar ? { icalEvent: { method: mail.calendar.method, filename: 'invite.ics', content: mail.calendar.content } } : {}),
        });
        return await insertOutboxRow(deps.db, { ...base, transport: 'smtp', sentAt: deps.now(), error: null });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        deps.log.error({ err: error, to, kind: mail.kind }, 'mail delivery failed');
        return insertOutboxRow(deps.db, { ...base, transport: 'smtp', sentAt: null, error: message.slice(0, 1000) });
      }
    },
    close() {
      transport?.close();
    },
  };
}
