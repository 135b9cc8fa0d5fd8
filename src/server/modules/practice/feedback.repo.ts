import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { answerEvaluations, practiceFeedback, practiceSessions } from '#server/db/schema/index.ts';

export type FeedbackRow = typeof practiceFeedback.$inferSelect;
export type EvaluationRow = typeof answerEvaluations.$inferSelect;
export type NewEvaluation = typeof answerEvaluations.$inferInsert;
export type ReadyFeedback = Pick<typeof practiceFeedback.$inferInsert, 'report' | 'rating' | 'ratingLabel' | 'summary' | 'engine'> & { generatedAt: Date };

export async function findFeedback(db: Db, sessionId: string): Promise<FeedbackRow | undefined> {
  const [row] = await db.select().from(practiceFeedback).where(eq(practiceFeedback.sessionId, sessionId));
  return row;
}

/**
 * Writes the report of a pending session; a report already ready (another run finished first) is left as it is.
 * Returns whether this call made it ready.
 */
export async function markFeedbackReady(db: Db, sessionId: string, ready: ReadyFeedback): Promise<boolean> {
  const updated = await db
    .update(practiceFeedback)
    .set({ ...ready, status: 'ready', error: null })
    .where(and(eq(practiceFeedback.sessionId, sessionId), eq(practiceFeedback.status, 'pending')))
    .returning({ sessionId: practiceFeedback.sessionId });
  return updated.length > 0;
}

export async function markFeedbackFailed(db: Db, sessionId: string, error: string): Promise<void> {
  await db
    .update(practiceFeedback)
    .set({ status: 'failed', error })
    .where(and(eq(practiceFeedback.sessionId, sessionId), eq(practiceFeedback.status, 'pending')));
}

/** Puts a failed report back to pending; false when it was not failed (someone else retried it first). */
export async function reopenFailedFeedback(db: Db, sessionId: string): Promise<boolean> {
  const rows = await db
    .update(practiceFeedback)
    .set({ status: 'pending', error: null })
    .where(and(eq(practiceFeedback.sessionId, sessionId), eq(practiceFeedback.status, 'failed')))
    .returning({ id: practiceFeedback.id });
  return rows.length > 0;
}

/**
 * Waits for this process's turn at the start-up recovery of practice reports, and holds it until `transaction` ends:
 * processes starting together take turns, and each sees what the one before it queued.
 */
export async function waitForRecoveryTurn(transaction: Db): Promise<void> {
  await transaction.execute(sql`select pg_advisory_xact_lock(hashtext('parley.practice.recover'))`);
}

/** Every report still to be made, of every user: start-up recovery checks that a job is making each. */
export async function findPendingFeedbackSessionIds(db: Db): Promise<string[]> {
  const rows = await db.select({ sessionId: practiceFeedback.sessionId }).from(practiceFeedback).where(eq(practiceFeedback.status, 'pending'));
  return rows.map((row) => row.sessionId);
}

export async function findEvaluations(db: Db, answerIds: string[]): Promise<EvaluationRow[]> {
  if (answerIds.length === 0) return [];
  return db.select().from(answerEvaluations).where(inArray(answerEvaluations.answerId, answerIds));
}

/** Stores an answer's evaluation unless it has one already (another run was first), and returns the one kept. */
export async function insertEvaluation(db: Db, evaluation: NewEvaluation): Promise<EvaluationRow> {
  const [inserted] = await db.insert(answerEvaluations).values(evaluation).onConflictDoNothing({ target: answerEvaluations.answerId }).returning();
  if (inserted) return inserted;
  const [kept] = await db.select().from(answerEvaluations).where(eq(answerEvaluations.answerId, evaluation.answerId));
  return kept!;
}

export type ReadyReportRow = {
  sessionId: string;
  name: string;
  interviewType: string | null;
  targetRole: string | null;
  jobDescription: string | null;
  focusSkills: string[];
  createdAt: Date;
  rating: number | null;
  report: Record<string, unknown> | null;
};

/** The caller's ready reports, oldest session first. */
export async function findReadyReports(db: Db, userId: string): Promise<ReadyReportRow[]> {
  return db
    .select({
      sessionId: practiceSessions.id,
      name: practiceSessions.name,
      interviewType: practiceSessions.interviewType,
      targetRole: practiceSessions.targetRole,
      jobDescription: practiceSessions.jobDescription,
      focusSkills: practiceSessions.focusSkills,
      createdAt: practiceSessions.createdAt,
      rating: practiceFeedback.rating,
      report: practiceFeedback.report,
    })
    .from(practiceFeedback)
    .innerJoin(practiceSessions, eq(practiceSessions.id, practiceFeedback.sessionId))
    .where(and(eq(practiceFeedback.userId, userId), eq(practiceSessions.userId, userId), eq(practiceFeedback.status, 'ready')))
    .orderBy(asc(practiceSessions.createdAt), asc(practiceSessions.id));
}
