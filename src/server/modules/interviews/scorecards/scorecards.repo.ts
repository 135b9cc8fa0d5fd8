import { and, asc, count, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { interviewPanelMembers, interviewScorecards, scheduledInterviews } from '#server/db/schema/index.ts';
import type { InterviewOutcome, ScheduledInterviewStatus } from '#shared/vocabulary.ts';

export type ScorecardRow = typeof interviewScorecards.$inferSelect;
export type ScorecardValues = { ratings: Record<string, number>; overallRating: number | null; notes: string; recommendation: InterviewOutcome | null };

export async function findScorecard(db: Db, panelMemberId: string): Promise<ScorecardRow | undefined> {
  const [row] = await db.select().from(interviewScorecards).where(eq(interviewScorecards.panelMemberId, panelMemberId));
  return row;
}

/** Writes a panelist's scorecard unless it was already submitted; returns the row, or undefined when it was. */
export async function upsertScorecard(db: Db, card: { interviewId: string; panelMemberId: string; values: ScorecardValues; submittedAt: Date | null; at: Date }) {
  const [row] = await db
    .insert(interviewScorecards)
    .values({ interviewId: card.interviewId, panelMemberId: card.panelMemberId, ...card.values, submittedAt: card.submittedAt })
    .onConflictDoUpdate({
      target: interviewScorecards.panelMemberId,
      set: { ...card.values, submittedAt: card.submittedAt, updatedAt: card.at },
      setWhere: sql`${interviewScorecards.submittedAt} is null`,
    })
    .returning();
  return row;
}

const cardColumns = {
  panelistEmail: interviewPanelMembers.email,
  panelistName: interviewPanelMembers.name,
  panelMemberId: interviewScorecards.panelMemberId,
  ratings: interviewScorecards.ratings,
  overallRating: interviewScorecards.overallRating,
  notes: interviewScorecards.notes,
  recommendation: interviewScorecards.recommendation,
  submittedAt: interviewScorecards.submittedAt,
  updatedAt: interviewScorecards.updatedAt,
};

/** One page of an interview's submitted scorecards (plus, when given, the caller's own draft), by panelist email. */
export async function findScorecardPage(db: Db, query: { interviewId: string; ownPanelMemberId?: string; limit: number; offset: number }) {
  const where = and(
    eq(interviewScorecards.interviewId, query.interviewId),
    query.ownPanelMemberId ? sql`(${interviewScorecards.submittedAt} is not null or ${interviewScorecards.panelMemberId} = ${query.ownPanelMemberId})` : isNotNull(interviewScorecards.submittedAt),
  );
  const rows = await db
    .select(cardColumns)
    .from(interviewScorecards)
    .innerJoin(interviewPanelMembers, eq(interviewPanelMembers.id, interviewScorecards.panelMemberId))
    .where(where)
    .orderBy(asc(interviewPanelMembers.email), asc(interviewScorecards.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ value: count() }).from(interviewScorecards).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function countSubmitted(db: Db, interviewId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(interviewScorecards)
    .where(and(eq(interviewScorecards.interviewId, interviewId), isNotNull(interviewScorecards.submittedAt)));
  return row?.value ?? 0;
}

/** Panelists with an account who have not submitted a scorecard. */
export async function findPanelistsWithoutScorecard(db: Db, interviewId: string) {
  return db
    .select({ userId: interviewPanelMembers.userId, email: interviewPanelMembers.email })
    .from(interviewPanelMembers)
    .leftJoin(interviewScorecards, and(eq(interviewScorecards.panelMemberId, interviewPanelMembers.id), isNotNull(interviewScorecards.submittedAt)))
    .where(and(eq(interviewPanelMembers.interviewId, interviewId), isNotNull(interviewPanelMembers.userId), sql`${interviewScorecards.id} is null`));
}

export async function setInterviewOutcome(db: Db, interviewId: string, values: { status?: ScheduledInterviewStatus; outcome?: InterviewOutcome }, at: Date) {
  const [row] = await db
    .update(scheduledInterviews)
    .set({ ...values, updatedAt: at })
    .where(eq(scheduledInterviews.id, interviewId))
    .returning();
  return row;
}

/** A candidate's interviews in a workspace, the latest first (at most 50). */
export async function findInterviewsOfCandidate(db: Db, query: { workspaceId: string; candidateId: string }) {
  return db
    .select()
    .from(scheduledInterviews)
    .where(and(eq(scheduledInterviews.workspaceId, query.workspaceId), eq(scheduledInterviews.candidateId, query.candidateId)))
    .orderBy(desc(scheduledInterviews.scheduledTime))
    .limit(50);
}
