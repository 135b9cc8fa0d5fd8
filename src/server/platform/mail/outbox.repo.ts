import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { selectRows, type Db } from '#server/db/client.ts';
import { processName } from '#server/platform/process-name.ts';
import { mailOutbox, type MailAttachment, type MailKind, type MailTransport } from '#server/db/schema/index.ts';

export type OutboxRow = typeof mailOutbox.$inferSelect;
export type { MailAttachment };

export type NewOutboxRow = {
  id?: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  attachments?: MailAttachment[];
  kind: MailKind;
  userId: string | null;
  transport: MailTransport;
  sentAt: Date | null;
  error: string | null;
  messageId?: string | null;
  attemptedBy?: string | null;
  attemptedAt?: Date | null;
};

export async function insertOutboxRow(db: Db, row: NewOutboxRow): Promise<OutboxRow> {
  const [inserted] = await db.insert(mailOutbox).values(row).returning();
  if (!inserted) throw new Error('insert into mail_outbox returned nothing');
  return inserted;
}

/** Records how an attempt ended: sent, or the error. */
export async function settleOutboxRow(db: Db, id: string, outcome: { sentAt: Date } | { error: string }): Promise<OutboxRow> {
  const [row] = await db
    .update(mailOutbox)
    .set('sentAt' in outcome ? { sentAt: outcome.sentAt, error: null } : { error: outcome.error })
    .where(eq(mailOutbox.id, id))
    .returning();
  if (!row) throw new Error(`mail_outbox row ${id} is gone`);
  return row;
}

/**
 * Takes over the unsent SMTP messages whose sending process is gone (not among `live`) or has been at it longer than
 * `staleBefore` allows: each is marked as this process's, so two processes never send the same one at once.
 */
/**
 * The names of the Parley processes connected to this database now, this one included; on the embedded database,
 * which one process owns, only this one.
 */
async function liveProcessNames(db: Db, embedded: boolean): Promise<string[]> {
  if (embedded) return [processName];
  const rows = await selectRows<{ name: string }>(db, sql`select distinct application_name as name from pg_stat_activity where datname = current_database() and application_name like 'parley %'`);
  return [processName, ...rows.map((row) => row.name)];
}

/** Takes over (for this process) up to 100 messages a process that is gone left recorded but unsent, or one sending for too long. */
export async function claimAbandonedMail(db: Db, claim: { embedded: boolean; staleBefore: Date; now: Date }): Promise<OutboxRow[]> {
  const live = await liveProcessNames(db, claim.embedded);
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.transport, 'smtp'),
          isNull(mailOutbox.sentAt),
          isNull(mailOutbox.error),
          sql`(${mailOutbox.attemptedBy} is null or ${mailOutbox.attemptedBy} <> all(${sql.param([...live])}::text[]) or ${mailOutbox.attemptedAt} < ${claim.staleBefore})`,
        ),
      )
      .orderBy(mailOutbox.createdAt)
      .limit(100)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return [];
    return tx
      .update(mailOutbox)
      .set({ attemptedBy: processName, attemptedAt: claim.now })
      .where(sql`${mailOutbox.id} in ${rows.map((row) => row.id)}`)
      .returning();
  });
}

export async function findOutboxPage(db: Db, page: { limit: number; offset: number; to?: string }) {
  const where = page.to ? eq(mailOutbox.toAddress, page.to.toLowerCase()) : undefined;
  const rows = await db.select().from(mailOutbox).where(where).orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id)).limit(page.limit).offset(page.offset);
  const [total] = await db.select({ value: count() }).from(mailOutbox).where(where);
  return { rows, total: total?.value ?? 0 };
}
