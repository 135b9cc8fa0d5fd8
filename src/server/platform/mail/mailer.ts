import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '#server/db/client.ts';
import { processName } from '#server/platform/process-name.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { MailKind } from '#shared/vocabulary.ts';
import { claimAbandonedMail, insertOutboxRow, settleOutboxRow, type MailAttachment, type OutboxRow } from './outbox.repo.ts';

/** An iCalendar object sent as iMIP (RFC 6047): a `text/calendar; method=…` alternative plus an `invite.ics` attachment. */
export type CalendarPart = { method: 'REQUEST' | 'CANCEL'; content: string };

export type OutgoingMail = { to: string; subject: string; text: string; html?: string; kind: MailKind; userId?: string | null; calendar?: CalendarPart };

export type Mailer = {
  /** Sends (when SMTP is configured) and always records the message; never throws for a delivery failure. */
  sendMail(mail: OutgoingMail): Promise<OutboxRow>;
  /**
   * Records the message in `transaction` (the one that decided to send it), to be sent by `deliver` after the commit;
   * if this process dies first, the next process to start sends it (`deliverAbandoned`).
   */
  queueMail(transaction: Db, mail: OutgoingMail): Promise<OutboxRow>;
  /** Sends a message `queueMail` recorded; never throws for a delivery failure. */
  deliver(row: OutboxRow): Promise<OutboxRow>;
  /** Sends the messages that a process which is gone (killed, crashed) recorded but never marked sent or failed. */
  deliverAbandoned(): Promise<number>;
  close(): void;
};

/** The clock stamps when a message was delivered. */
export type MailerDeps = {
  db: Db;
  /** On the embedded database one process owns it, so no other process's mail can be left behind alive. */
  embedded: boolean;
  smtpUrl: string | undefined;
  from: string;
  log: Logger;
  now: () => Date;
};

/** A message being sent for longer than this is taken over by another process (nodemailer gives up well before). */
const sendingLeaseMs = 15 * 60_000;

/** The calendar part travels in the row's attachments, so a message sent again by another process still carries it. */
const calendarType = (method: CalendarPart['method']) => `text/calendar; method=${method}`;

function calendarOf(attachments: readonly MailAttachment[]): CalendarPart | undefined {
  const found = attachments.find((attachment) => attachment.contentType.startsWith('text/calendar; method='));
  if (!found) return undefined;
  const method = found.contentType.endsWith('CANCEL') ? 'CANCEL' : 'REQUEST';
  return { method, content: Buffer.from(found.contentBase64, 'base64').toString('utf8') };
}

/** `<id@domain>` with the sender's domain: stable for the row, so every attempt sends the same Message-ID. */
function messageIdFor(id: string, from: string): string {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'parley.invalid';
  return `<${id}@${domain}>`;
}

/**
 * Without SMTP the outbox table is the mailbox (an administrator reads it in the web app, so verification and
 * reset work on a laptop). With SMTP every message is recorded first (with its Message-ID and the process sending it),
 * then sent, then marked sent or failed (decision 038): a process killed in between leaves the row unsettled, and the
 * next process to start sends it again with the same Message-ID. The window left: killed after the SMTP server took
 * the message but before the row was marked, it goes out twice, as one message (one Message-ID) to mail clients.
 */
export function createMailer(deps: MailerDeps): Mailer {
  const transport: Transporter | undefined = deps.smtpUrl ? nodemailer.createTransport(deps.smtpUrl) : undefined;

  const rowOf = (mail: OutgoingMail) => {
    const id = randomUUID();
    return {
      id,
      toAddress: mail.to.trim().toLowerCase(),
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html ?? null,
      attachments: mail.calendar ? [{ filename: 'invite.ics', contentType: calendarType(mail.calendar.method), contentBase64: Buffer.from(mail.calendar.content).toString('base64') }] : [],
      kind: mail.kind,
      userId: mail.userId ?? null,
      transport: transport ? ('smtp' as const) : ('outbox' as const),
      sentAt: null,
      error: null,
      messageId: transport ? messageIdFor(id, deps.from) : null,
      attemptedBy: transport ? processName : null,
      attemptedAt: transport ? deps.now() : null,
    };
  };

  async function deliver(row: OutboxRow): Promise<OutboxRow> {
    if (!transport || row.transport !== 'smtp' || row.sentAt || row.error) return row;
    const calendar = calendarOf(row.attachments);
    try {
      await transport.sendMail({
        from: deps.from,
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody ?? undefined,
        ...(row.messageId ? { messageId: row.messageId } : {}),
        // The MIME method must equal the METHOD inside the object (Outlook refuses a mismatch).
        ...(calendar ? { icalEvent: { method: calendar.method, filename: 'invite.ics', content: calendar.content } } : {}),
      });
      return await settleOutboxRow(deps.db, row.id, { sentAt: deps.now() });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      deps.log.error({ err: error, to: row.toAddress, kind: row.kind, mailId: row.id }, 'mail delivery failed');
      return settleOutboxRow(deps.db, row.id, { error: message.slice(0, 1000) });
    }
  }

  return {
    async sendMail(mail) {
      const row = await insertOutboxRow(deps.db, rowOf(mail));
      if (!transport) deps.log.info({ mailId: row.id, to: row.toAddress, kind: mail.kind }, 'mail kept in the outbox (no SMTP configured)');
      return deliver(row);
    },
    queueMail: (transaction, mail) => insertOutboxRow(transaction, rowOf(mail)),
    deliver,
    async deliverAbandoned() {
      if (!transport) return 0;
      const now = deps.now();
      const rows = await claimAbandonedMail(deps.db, { embedded: deps.embedded, staleBefore: new Date(now.getTime() - sendingLeaseMs), now });
      for (const row of rows) {
        deps.log.warn({ mailId: row.id, to: row.toAddress, kind: row.kind, messageId: row.messageId }, 'sending again a message whose process stopped before it was marked sent');
        await deliver(row);
      }
      return rows.length;
    },
    close() {
      transport?.close();
    },
  };
}
