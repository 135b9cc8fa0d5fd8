import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { interviewReminders } from '#server/db/schema/index.ts';
import type { ReminderState } from '#shared/vocabulary.ts';

export type ReminderRow = typeof interviewReminders.$inferSelect;

/** The reminder, locked until the transaction ends, so two runs of its job cannot both send it. */
export async function lockReminder(tx: Db, reminderId: string): Promise<ReminderRow | undefined> {
  const [row] = await tx.select().from(interviewReminders).where(eq(interviewReminders.id, reminderId)).for('update');
  return row;
}

export async function settleReminder(tx: Db, reminderId: string, state: Exclude<ReminderState, 'pending'>, at: Date) {
  await tx
    .update(interviewReminders)
    .set({ state, sent: state === 'sent', sentAt: state === 'sent' ? at : null })
    .where(eq(interviewReminders.id, reminderId));
}

/** Pending reminders due by `now`, oldest first (the sweep and the start-up recovery). */
export async function findDueReminderIds(db: Db, now: Date, limit = 500): Promise<string[]> {
  const rows = await db
    .select({ id: interviewReminders.id })
    .from(interviewReminders)
    .where(and(eq(interviewReminders.state, 'pending'), lte(interviewReminders.sendAt, now)))
    .orderBy(asc(interviewReminders.sendAt))
    .limit(limit);
  return rows.map((row) => row.id);
}

export async function findPendingReminders(db: Db) {
  return db.select({ id: interviewReminders.id, sendAt: interviewReminders.sendAt }).from(interviewReminders).where(eq(interviewReminders.state, 'pending'));
}

export async function findRemindersOf(db: Db, interviewId: string): Promise<ReminderRow[]> {
  return db.select().from(interviewReminders).where(eq(interviewReminders.interviewId, interviewId)).orderBy(asc(interviewReminders.sendAt), asc(interviewReminders.recipientEmail), asc(interviewReminders.channel));
}

export async function waitForReminderRecoveryTurn(transaction: Db): Promise<void> {
  await transaction.execute(sql`select pg_advisory_xact_lock(hashtext('parley.interviews.reminders.recover'))`);
}
