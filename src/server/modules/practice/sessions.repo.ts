import { and, asc, count, desc, eq, gte, lt, max, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { practiceAnswers, practiceFeedback, practiceQuestions, practiceSessions, practiceTurns } from '#server/db/schema/index.ts';
import type { PageQuery } from '#shared/contracts/common.ts';

export type SessionRow = typeof practiceSessions.$inferSelect;
export type QuestionRow = typeof practiceQuestions.$inferSelect;
export type TurnRow = typeof practiceTurns.$inferSelect;
export type AnswerRow = typeof practiceAnswers.$inferSelect;
export type NewSession = typeof practiceSessions.$inferInsert;
export type NewQuestion = typeof practiceQuestions.$inferInsert & { id: string };
export type NewSessionQuestion = Omit<NewQuestion, 'sessionId'>;
export type NewTurn = Omit<typeof practiceTurns.$inferInsert, 'seq' | 'sessionId'>;
export type NewAnswer = typeof practiceAnswers.$inferInsert;
export type SessionChanges = Partial<Omit<NewSession, 'id' | 'userId' | 'createdAt'>>;

/** A session with everything said and answered in it, each list in the order it happened. */
export type SessionRecord = { session: SessionRow; questions: QuestionRow[]; turns: TurnRow[]; answers: AnswerRow[] };

/** One step of an interview, written at once: the turns, the answer, a follow-up question, the session's new state. */
export type InterviewMove = {
  sessionId: string;
  /** The last turn the move was planned on; a move saved meanwhile makes this one a conflict. */
  afterSeq: number;
  followUp?: NewQuestion;
  answer?: NewAnswer;
  turns: NewTurn[];
  changes: SessionChanges;
  /** Opens the pending report of this user's session in the same transaction. */
  openFeedbackFor?: string;
};

export async function insertSession(db: Db, session: NewSession, questions: NewSessionQuestion[], firstTurn: NewTurn): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(practiceSessions).values(session).returning({ id: practiceSessions.id });
    const sessionId = row!.id;
    if (questions.length > 0) await tx.insert(practiceQuestions).values(questions.map((question) => ({ ...question, sessionId })));
    await tx.insert(practiceTurns).values({ ...firstTurn, sessionId, seq: 1 });
    return sessionId;
  });
}

/** The names of the user's sessions that start with `prefix` (to number a default name that is taken). */
export async function findSessionNamesStartingWith(db: Db, userId: string, prefix: string): Promise<string[]> {
  const rows = await db
    .select({ name: practiceSessions.name })
    .from(practiceSessions)
    .where(and(eq(practiceSessions.userId, userId), sql`starts_with(${practiceSessions.name}, ${prefix})`));
  return rows.map((row) => row.name);
}

export async function findOwnedSession(db: Db, userId: string, sessionId: string): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(practiceSessions)
    .where(and(eq(practiceSessions.id, sessionId), eq(practiceSessions.userId, userId)));
  return row;
}

export async function findSessionById(db: Db, sessionId: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(practiceSessions).where(eq(practiceSessions.id, sessionId));
  return row;
}

export async function readSessionRecord(db: Db, session: SessionRow): Promise<SessionRecord> {
  const [questions, turns, answers] = await Promise.all([
    db.select().from(practiceQuestions).where(eq(practiceQuestions.sessionId, session.id)).orderBy(asc(practiceQuestions.position)),
    db.select().from(practiceTurns).where(eq(practiceTurns.sessionId, session.id)).orderBy(asc(practiceTurns.seq)),
    db
      .select()
      .from(practiceAnswers)
      .where(eq(practiceAnswers.sessionId, session.id))
      .orderBy(asc(practiceAnswers.answeredAt), asc(practiceAnswers.attempt)),
  ]);
  return { session, questions, turns, answers };
}

/**
 * Saves a move holding the session row, so two answers sent at once cannot both land: the second finds the
 * conversation moved on (or the session finished) and is refused. Run it in a transaction (the lock lasts until it ends).
 */
export async function saveMove(tx: Db, move: InterviewMove): Promise<boolean> {
  const [locked] = await tx.select({ status: practiceSessions.status }).from(practiceSessions).where(eq(practiceSessions.id, move.sessionId)).for('update');
  if (locked?.status !== 'in_progress') return false;
  const [last] = await tx.select({ seq: max(practiceTurns.seq) }).from(practiceTurns).where(eq(practiceTurns.sessionId, move.sessionId));
  if ((last?.seq ?? 0) !== move.afterSeq) return false;
  if (move.followUp) await tx.insert(practiceQuestions).values(move.followUp);
  if (move.answer) await tx.insert(practiceAnswers).values(move.answer);
  await tx.insert(practiceTurns).values(move.turns.map((turn, index) => ({ ...turn, sessionId: move.sessionId, seq: move.afterSeq + index + 1 })));
  await tx.update(practiceSessions).set(move.changes).where(eq(practiceSessions.id, move.sessionId));
  if (move.openFeedbackFor) {
    await tx.insert(practiceFeedback).values({ sessionId: move.sessionId, userId: move.openFeedbackFor, status: 'pending' }).onConflictDoNothing();
  }
  return true;
}

/** The next attempt at a question, written while holding the session row so two retries cannot take the same number. */
export async function insertRetryAnswer(db: Db, answer: Omit<NewAnswer, 'attempt'>): Promise<AnswerRow> {
  return db.transaction(async (tx) => {
    await tx.select({ id: practiceSessions.id }).from(practiceSessions).where(eq(practiceSessions.id, answer.sessionId)).for('update');
    const [last] = await tx.select({ attempt: max(practiceAnswers.attempt) }).from(practiceAnswers).where(eq(practiceAnswers.questionId, answer.questionId));
    const [row] = await tx
      .insert(practiceAnswers)
      .values({ ...answer, attempt: (last?.attempt ?? 0) + 1 })
      .returning();
    return row!;
  });
}

export type SessionFilter = {
  status?: SessionRow['status'];
  interviewType?: string;
  createdFrom?: Date;
  createdBefore?: Date;
};

export type SessionListRow = SessionRow & {
  answeredCount: number;
  feedbackStatus: 'pending' | 'ready' | 'failed' | null;
  feedbackScore: number | null;
  feedbackReport: Record<string, unknown> | null;
};

/** One page of a user's sessions, newest first, and how many match the filter. */
export async function findSessionPage(db: Db, userId: string, filter: SessionFilter, page: PageQuery): Promise<{ rows: SessionListRow[]; total: number }> {
  const { limit, offset } = page;
  const conditions: SQL[] = [eq(practiceSessions.userId, userId)];
  if (filter.status) conditions.push(eq(practiceSessions.status, filter.status));
  if (filter.interviewType) conditions.push(eq(practiceSessions.interviewType, filter.interviewType));
  if (filter.createdFrom) conditions.push(gte(practiceSessions.createdAt, filter.createdFrom));
  if (filter.createdBefore) conditions.push(lt(practiceSessions.createdAt, filter.createdBefore));
  const where = and(...conditions);
  const answered = sql<number>`(
    select count(distinct ${practiceAnswers.questionId})::int from ${practiceAnswers}
    join ${practiceQuestions} on ${practiceQuestions.id} = ${practiceAnswers.questionId}
    where ${practiceAnswers.sessionId} = ${practiceSessions.id} and not ${practiceQuestions.isFollowUp}
  )`;
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        session: practiceSessions,
        answeredCount: answered,
        feedbackStatus: practiceFeedback.status,
        feedbackScore: practiceFeedback.rating,
        feedbackReport: practiceFeedback.report,
      })
      .from(practiceSessions)
      .leftJoin(practiceFeedback, eq(practiceFeedback.sessionId, practiceSessions.id))
      .where(where)
      .orderBy(desc(practiceSessions.createdAt), desc(practiceSessions.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(practiceSessions).where(where),
  ]);
  return {
    rows: rows.map((row) => ({ ...row.session, answeredCount: Number(row.answeredCount), feedbackStatus: row.feedbackStatus, feedbackScore: row.feedbackScore, feedbackReport: row.feedbackReport })),
    total: totals?.total ?? 0,
  };
}

