import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { mailOutbox, type MailKind, type MailTransport } from '#server/db/schema/index.ts';

export type OutboxRow = typeof mailOutbox.$inferSelect;

export type NewOutboxRow = {
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  kind: MailKind;
  userId: string | null;
  transport: MailTransport;
  sentAt: Date | null;
  error: string | null;
};

export async function insertOutboxRow(db: Db, row: NewOutboxRow): Promise<OutboxRow> {
  const [inserted] = await db.insert(mailOutbox).values(row).returning();
  if (!inserted) throw new Error('insert into mail_outbox returned nothing');
  return inserted;
}

export async function findOutboxPage(db: Db, page: { limit: number; offset: number; to?: string }) {
  const where = page.to ? eq(mailOutbox.toAddress, page.to.toLowerCase()) : undefined;
  const rows = await db.select().from(mailOutbox).where(where).orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id)).limit(page.limit).offset(page.offset);
  const [total] = await db.select({ value: count() }).from(mailOutbox).where(where);
  return { rows, total: total?.value ?? 0 };
}
