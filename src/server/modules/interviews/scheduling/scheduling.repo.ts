import { and, asc, count, eq, gt, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import {
  candidates,
  interviewPanelMembers,
  interviewReminders,
  jobs,
  liveInterviews,
  liveInterviewTokens,
  resumes,
  scheduledInterviews,
  users,
  workspaceMembers,
  type LiveTokenRole,
  type ScheduledInterviewStatus,
} from '#server/db/schema/index.ts';
import type { PanelRole, ReminderChannel, RsvpState } from '#shared/vocabulary.ts';

export type InterviewRow = typeof scheduledInterviews.$inferSelect;
export type PanelRow = typeof interviewPanelMembers.$inferSelect;
export type NewInterview = typeof scheduledInterviews.$inferInsert;
export type NewPanelist = { email: string; name: string | null; role: PanelRole; userId: string | null; timeZone: string | null };
export type NewReminder = {
  reminderType: string;
  recipientEmail: string;
  recipientUserId: string | null;
  channel: ReminderChannel;
  message: string;
  sendAt: Date;
};

export async function findJobInWorkspace(db: Db, query: { workspaceId: string; jobId: string }) {
  const [row] = await db
    .select({ id: jobs.id, title: jobs.title, description: jobs.description })
    .from(jobs)
    .where(and(eq(jobs.id, query.jobId), eq(jobs.workspaceId, query.workspaceId)));
  return row;
}

export async function findCandidateInWorkspace(db: Db, query: { workspaceId: string; candidateId: string }) {
  const [row] = await db
    .select({ id: candidates.id, jobId: candidates.jobId, name: candidates.name, email: candidates.email, profile: candidates.profile, resumeText: resumes.rawText })
    .from(candidates)
    .leftJoin(resumes, eq(resumes.id, candidates.resumeId))
    .where(and(eq(candidates.id, query.candidateId), eq(candidates.workspaceId, query.workspaceId)));
  return row;
}

/** The workspace members among these addresses, with their own time zones. */
export async function findMembersByEmail(db: Db, workspaceId: string, emails: readonly string[]) {
  if (emails.length === 0) return [];
  return db
    .select({ userId: users.id, email: users.email, name: users.name, timeZone: users.timezone })
    .from(users)
    .innerJoin(workspaceMembers, and(eq(workspaceMembers.userId, users.id), eq(workspaceMembers.workspaceId, workspaceId)))
    .where(inArray(sql`lower(${users.email})`, emails.map((email) => email.toLowerCase())));
}

export async function findUserContact(db: Db, userId: string) {
  const [row] = await db.select({ name: users.name, email: users.email, timeZone: users.timezone }).from(users).where(eq(users.id, userId));
  return row;
}

/** Other live interviews where one of these people is on the panel and the times overlap. */
export async function findPanelConflicts(db: Db, query: { workspaceId: string; emails: readonly string[]; start: Date; end: Date; excludeId?: string }) {
  if (query.emails.length === 0) return [];
  const endOf = sql`${scheduledInterviews.scheduledTime} + ${scheduledInterviews.durationMinutes} * interval '1 minute'`;
  return db
    .select({ interviewId: scheduledInterviews.id, email: interviewPanelMembers.email, candidateName: scheduledInterviews.candidateName, startsAt: scheduledInterviews.scheduledTime })
    .from(interviewPanelMembers)
    .innerJoin(scheduledInterviews, eq(scheduledInterviews.id, interviewPanelMembers.interviewId))
    .where(
      and(
        eq(scheduledInterviews.workspaceId, query.workspaceId),
        inArray(interviewPanelMembers.email, [...query.emails]),
        inArray(scheduledInterviews.status, ['scheduled', 'confirmed', 'rescheduled']),
        lt(scheduledInterviews.scheduledTime, query.end),
        gt(endOf, query.start),
        query.excludeId ? ne(scheduledInterviews.id, query.excludeId) : undefined,
      ),
    )
    .orderBy(asc(scheduledInterviews.scheduledTime));
}

export type BookingRows = {
  interview: NewInterview;
  panel: readonly NewPanelist[];
  live: { ownerId: string; title: string; candidateName: string; jobDescription: string | null; resumeText: string | null };
  tokens: readonly { role: LiveTokenRole; tokenHash: string; expiresAt: Date }[];
};

/** The interview, its panel, its live room and the room's two links, in the caller's transaction. */
export async function insertBooking(tx: Db, rows: BookingRows): Promise<InterviewRow> {
  const [interview] = await tx.insert(scheduledInterviews).values(rows.interview).returning();
  if (!interview) throw new Error('insert returned no interview');
  if (rows.panel.length > 0) await tx.insert(interviewPanelMembers).values(rows.panel.map((panelist) => ({ ...panelist, interviewId: interview.id })));
  const [live] = await tx
    .insert(liveInterviews)
    .values({ ...rows.live, workspaceId: interview.workspaceId, scheduledInterviewId: interview.id })
    .returning({ id: liveInterviews.id });
  if (!live) throw new Error('insert returned no live interview');
  await tx.insert(liveInterviewTokens).values(rows.tokens.map((token) => ({ ...token, interviewId: live.id })));
  return interview;
}

export async function findInterview(db: Db, interviewId: string): Promise<InterviewRow | undefined> {
  const [row] = await db.select().from(scheduledInterviews).where(eq(scheduledInterviews.id, interviewId));
  return row;
}

/** The interview row, locked for a change (reschedule, cancel, panel edit) until the transaction ends. */
export async function lockInterview(tx: Db, interviewId: string): Promise<InterviewRow | undefined> {
  const [row] = await tx.select().from(scheduledInterviews).where(eq(scheduledInterviews.id, interviewId)).for('update');
  return row;
}

export async function findPanel(db: Db, interviewId: string): Promise<PanelRow[]> {
  return db.select().from(interviewPanelMembers).where(eq(interviewPanelMembers.interviewId, interviewId)).orderBy(asc(interviewPanelMembers.createdAt), asc(interviewPanelMembers.email));
}

export async function updateInterview(tx: Db, interviewId: string, values: Partial<Pick<NewInterview, 'scheduledTime' | 'timeZone' | 'durationMinutes' | 'status' | 'cancelReason' | 'candidateRsvp' | 'candidateAnsweredAt'>> & { bumpSequence?: boolean }) {
  const { bumpSequence, ...rest } = values;
  const [row] = await tx
    .update(scheduledInterviews)
    .set({ ...rest, ...(bumpSequence ? { calendarSequence: sql`${scheduledInterviews.calendarSequence} + 1` } : {}) })
    .where(eq(scheduledInterviews.id, interviewId))
    .returning();
  if (!row) throw new Error('interview vanished while locked');
  return row;
}

export async function insertPanelists(tx: Db, interviewId: string, panel: readonly NewPanelist[]) {
  if (panel.length > 0) await tx.insert(interviewPanelMembers).values(panel.map((panelist) => ({ ...panelist, interviewId })));
}

export async function deletePanelists(tx: Db, interviewId: string, emails: readonly string[]) {
  if (emails.length === 0) return;
  await tx.delete(interviewPanelMembers).where(and(eq(interviewPanelMembers.interviewId, interviewId), inArray(interviewPanelMembers.email, [...emails])));
}

export async function setPanelistRsvp(db: Db, query: { interviewId: string; userId: string }, rsvp: RsvpState) {
  return db
    .update(interviewPanelMembers)
    .set({ rsvp })
    .where(and(eq(interviewPanelMembers.interviewId, query.interviewId), eq(interviewPanelMembers.userId, query.userId)))
    .returning({ id: interviewPanelMembers.id });
}

export async function findInterviewPage(db: Db, query: { workspaceId: string; from?: Date; to?: Date; status?: ScheduledInterviewStatus; jobId?: string; panelUserId?: string; limit: number; offset: number }) {
  const where = and(
    eq(scheduledInterviews.workspaceId, query.workspaceId),
    query.from ? gte(scheduledInterviews.scheduledTime, query.from) : undefined,
    query.to ? lt(scheduledInterviews.scheduledTime, query.to) : undefined,
    query.status ? eq(scheduledInterviews.status, query.status) : undefined,
    query.jobId ? eq(scheduledInterviews.jobId, query.jobId) : undefined,
    query.panelUserId
      ? inArray(
          scheduledInterviews.id,
          db.select({ id: interviewPanelMembers.interviewId }).from(interviewPanelMembers).where(eq(interviewPanelMembers.userId, query.panelUserId)),
        )
      : undefined,
  );
  const rows = await db.select().from(scheduledInterviews).where(where).orderBy(asc(scheduledInterviews.scheduledTime), asc(scheduledInterviews.id)).limit(query.limit).offset(query.offset);
  const [total] = await db.select({ value: count() }).from(scheduledInterviews).where(where);
  return { rows, total: total?.value ?? 0 };
}

// Reminders: the rows are the truth. Booking writes them, a change rewrites the pending ones, cancel removes them.

export async function deletePendingReminders(tx: Db, interviewId: string) {
  await tx.delete(interviewReminders).where(and(eq(interviewReminders.interviewId, interviewId), eq(interviewReminders.state, 'pending')));
}

export async function insertReminders(tx: Db, interviewId: string, scheduleSequence: number, reminders: readonly NewReminder[]) {
  if (reminders.length === 0) return [];
  return tx
    .insert(interviewReminders)
    .values(reminders.map((reminder) => ({ ...reminder, interviewId, scheduleSequence })))
    .returning({ id: interviewReminders.id, sendAt: interviewReminders.sendAt });
}
