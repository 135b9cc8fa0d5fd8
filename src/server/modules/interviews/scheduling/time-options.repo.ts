import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { interviewPanelMembers, interviewTimeOptions, scheduledInterviews } from '#server/db/schema/index.ts';
import type { InterviewTimeOptionSource, RsvpState, ScheduledInterviewStatus } from '#shared/vocabulary.ts';

export type TimeOptionRow = typeof interviewTimeOptions.$inferSelect;

export async function findTimeOptions(db: Db, interviewId: string): Promise<TimeOptionRow[]> {
  return db.select().from(interviewTimeOptions).where(eq(interviewTimeOptions.interviewId, interviewId)).orderBy(asc(interviewTimeOptions.startsAt), asc(interviewTimeOptions.id));
}

export async function findTimeOption(db: Db, query: { interviewId: string; optionId: string; source: InterviewTimeOptionSource }): Promise<TimeOptionRow | undefined> {
  const [row] = await db
    .select()
    .from(interviewTimeOptions)
    .where(and(eq(interviewTimeOptions.id, query.optionId), eq(interviewTimeOptions.interviewId, query.interviewId), eq(interviewTimeOptions.source, query.source)));
  return row;
}

/** Replaces the times of one source (a new answer or a new offer supersedes the last), in the caller's transaction. */
export async function replaceTimeOptions(tx: Db, interviewId: string, source: InterviewTimeOptionSource, options: readonly { startsAt: Date; timeZone: string }[]) {
  await tx.delete(interviewTimeOptions).where(and(eq(interviewTimeOptions.interviewId, interviewId), eq(interviewTimeOptions.source, source)));
  if (options.length > 0) await tx.insert(interviewTimeOptions).values(options.map((option) => ({ ...option, interviewId, source })));
}

/** A new time settles every proposal and offer. */
export async function clearTimeOptions(tx: Db, interviewId: string) {
  await tx.delete(interviewTimeOptions).where(eq(interviewTimeOptions.interviewId, interviewId));
}

export async function setCandidateAnswer(tx: Db, interviewId: string, answer: { rsvp: RsvpState; at: Date; status?: ScheduledInterviewStatus }) {
  const [row] = await tx
    .update(scheduledInterviews)
    .set({ candidateRsvp: answer.rsvp, candidateAnsweredAt: answer.at, ...(answer.status ? { status: answer.status } : {}) })
    .where(eq(scheduledInterviews.id, interviewId))
    .returning();
  if (!row) throw new Error('interview vanished while locked');
  return row;
}

/** The panel's lead (else its first member), whom the candidate meets. */
export async function findLeadName(db: Db, interviewId: string): Promise<string | undefined> {
  const panel = await db
    .select({ name: interviewPanelMembers.name, email: interviewPanelMembers.email, role: interviewPanelMembers.role })
    .from(interviewPanelMembers)
    .where(eq(interviewPanelMembers.interviewId, interviewId))
    .orderBy(asc(interviewPanelMembers.createdAt));
  const lead = panel.find((p) => p.role === 'lead') ?? panel.find((p) => p.role === 'interviewer');
  return lead ? (lead.name ?? lead.email) : undefined;
}
