import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { interviewPanelMembers, users, workspaces, liveInterviewNotes, liveInterviews, liveInterviewTokens, liveTranscriptSegments, scheduledInterviews, type LiveNoteKind, type LiveNoteSource, type LiveTokenRole } from '#server/db/schema/index.ts';
import type { TranscriptSource, TranscriptSpeaker } from '#shared/vocabulary.ts';

export type LiveRow = typeof liveInterviews.$inferSelect;
export type NoteRow = typeof liveInterviewNotes.$inferSelect;

/** A role link by the hash of its token, with its room; undefined when unknown. */
export async function findLinkByHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      tokenId: liveInterviewTokens.id,
      role: liveInterviewTokens.role,
      expiresAt: liveInterviewTokens.expiresAt,
      revokedAt: liveInterviewTokens.revokedAt,
      liveId: liveInterviews.id,
      title: liveInterviews.title,
      interviewId: liveInterviews.scheduledInterviewId,
      interviewStatus: scheduledInterviews.status,
    })
    .from(liveInterviewTokens)
    .innerJoin(liveInterviews, eq(liveInterviews.id, liveInterviewTokens.interviewId))
    .leftJoin(scheduledInterviews, eq(scheduledInterviews.id, liveInterviews.scheduledInterviewId))
    .where(eq(liveInterviewTokens.tokenHash, tokenHash));
  return row;
}

export async function touchLink(db: Db, tokenId: string, at: Date) {
  await db.update(liveInterviewTokens).set({ lastUsedAt: at }).where(eq(liveInterviewTokens.id, tokenId));
}

export async function findLiveOf(db: Db, interviewId: string): Promise<LiveRow | undefined> {
  const [row] = await db.select().from(liveInterviews).where(eq(liveInterviews.scheduledInterviewId, interviewId));
  return row;
}

/** Revokes every active link of a role; returns the ids of those that were active. */
export async function revokeLinks(db: Db, liveId: string, role: LiveTokenRole, at: Date): Promise<string[]> {
  const rows = await db
    .update(liveInterviewTokens)
    .set({ revokedAt: at })
    .where(and(eq(liveInterviewTokens.interviewId, liveId), eq(liveInterviewTokens.role, role), sql`${liveInterviewTokens.revokedAt} is null`))
    .returning({ id: liveInterviewTokens.id });
  return rows.map((row) => row.id);
}

export async function insertLink(db: Db, link: { liveId: string; role: LiveTokenRole; tokenHash: string; expiresAt: Date }) {
  await db.insert(liveInterviewTokens).values({ interviewId: link.liveId, role: link.role, tokenHash: link.tokenHash, expiresAt: link.expiresAt });
}

export async function isOnPanel(db: Db, query: { interviewId: string; userId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: interviewPanelMembers.id })
    .from(interviewPanelMembers)
    .where(and(eq(interviewPanelMembers.interviewId, query.interviewId), eq(interviewPanelMembers.userId, query.userId)));
  return row !== undefined;
}

/** Takes the room's row and the next seq of a stream, so items commit in seq order (decision 012's streams). */
async function nextSeq(tx: Db, liveId: string, stream: 'notes' | 'segments'): Promise<number> {
  const column = stream === 'notes' ? liveInterviews.lastNoteSeq : liveInterviews.lastSegmentSeq;
  const [row] = await tx
    .update(liveInterviews)
    .set(stream === 'notes' ? { lastNoteSeq: sql`${column} + 1` } : { lastSegmentSeq: sql`${column} + 1` })
    .where(eq(liveInterviews.id, liveId))
    .returning({ seq: column });
  if (!row) throw new Error('live interview vanished');
  return row.seq;
}

export type NewNote = { source: LiveNoteSource; kind: LiveNoteKind; note: string; quote?: string | null; cvQuote?: string | null; model?: string | null; authorId?: string | null };

export async function appendNotes(db: Db, liveId: string, notes: readonly NewNote[]): Promise<NoteRow[]> {
  if (notes.length === 0) return [];
  return db.transaction(async (tx) => {
    const rows: NoteRow[] = [];
    for (const note of notes) {
      const seq = await nextSeq(tx, liveId, 'notes');
      const [row] = await tx.insert(liveInterviewNotes).values({ ...note, interviewId: liveId, seq }).returning();
      if (row) rows.push(row);
    }
    return rows;
  });
}

/**
 * A system note for an event from outside (a LiveKit webhook), once per event id: the room's row is held while the id
 * is looked for, so two deliveries of one event cannot both pass, and no seq is spent on a repeat. Undefined: seen before.
 */
export async function appendEventNote(db: Db, liveId: string, note: NewNote & { eventId: string }): Promise<NoteRow | undefined> {
  return db.transaction(async (tx) => {
    await tx.select({ id: liveInterviews.id }).from(liveInterviews).where(eq(liveInterviews.id, liveId)).for('update');
    const [seen] = await tx
      .select({ id: liveInterviewNotes.id })
      .from(liveInterviewNotes)
      .where(and(eq(liveInterviewNotes.interviewId, liveId), eq(liveInterviewNotes.eventId, note.eventId)));
    if (seen) return undefined;
    const seq = await nextSeq(tx, liveId, 'notes');
    const [row] = await tx.insert(liveInterviewNotes).values({ ...note, interviewId: liveId, seq }).returning();
    return row;
  });
}

export type NewSegment = { speaker: TranscriptSpeaker; text: string; startMs: number | null; endMs: number | null; source?: TranscriptSource; confidence?: number | null };

export async function appendSegment(db: Db, liveId: string, segment: NewSegment) {
  return db.transaction(async (tx) => {
    const seq = await nextSeq(tx, liveId, 'segments');
    const [row] = await tx.insert(liveTranscriptSegments).values({ ...segment, interviewId: liveId, seq }).returning();
    if (!row) throw new Error('insert returned no segment');
    return row;
  });
}

export async function findNotesAfter(db: Db, liveId: string, after: number, limit = 100): Promise<NoteRow[]> {
  return db
    .select()
    .from(liveInterviewNotes)
    .where(and(eq(liveInterviewNotes.interviewId, liveId), gt(liveInterviewNotes.seq, after)))
    .orderBy(asc(liveInterviewNotes.seq))
    .limit(limit);
}

export async function findTranscript(db: Db, liveId: string) {
  return db.select().from(liveTranscriptSegments).where(eq(liveTranscriptSegments.interviewId, liveId)).orderBy(asc(liveTranscriptSegments.seq));
}

/** Records the candidate's acceptance of the recording notice once; returns the time it was first given. */
export async function setConsent(db: Db, liveId: string, at: Date): Promise<Date> {
  const [row] = await db
    .update(liveInterviews)
    .set({ consentAt: sql`coalesce(${liveInterviews.consentAt}, ${at.toISOString()}::timestamptz)` })
    .where(eq(liveInterviews.id, liveId))
    .returning({ consentAt: liveInterviews.consentAt });
  if (!row?.consentAt) throw new Error('live interview vanished');
  return row.consentAt;
}

/** Switches speech-to-text on (keeping the first time) or off for a room; returns the row as it now is. */
export async function setSpeechOn(db: Db, liveId: string, at: Date | null): Promise<LiveRow> {
  const [row] = await db
    .update(liveInterviews)
    .set({ speechOnAt: at ? sql`coalesce(${liveInterviews.speechOnAt}, ${at.toISOString()}::timestamptz)` : null })
    .where(eq(liveInterviews.id, liveId))
    .returning();
  if (!row) throw new Error('live interview vanished');
  return row;
}

export async function saveBriefing(db: Db, liveId: string, briefing: unknown) {
  await db.update(liveInterviews).set({ briefing }).where(eq(liveInterviews.id, liveId));
}

/** Sets the questions of an interview (their asked flags) while holding its row. */
export async function updateQuestions(db: Db, interviewId: string, change: (questions: unknown[]) => unknown[]): Promise<unknown[] | undefined> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ questions: scheduledInterviews.generatedQuestions }).from(scheduledInterviews).where(eq(scheduledInterviews.id, interviewId)).for('update');
    if (!row) return undefined;
    const questions = change(row.questions);
    await tx.update(scheduledInterviews).set({ generatedQuestions: questions }).where(eq(scheduledInterviews.id, interviewId));
    return questions;
  });
}

/** Ends a room once: the first call marks it completed with a pending review and returns true. */
export async function markEnded(db: Db, liveId: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(liveInterviews)
    .set({ status: 'completed', endedAt: at, reviewState: 'pending' })
    .where(and(eq(liveInterviews.id, liveId), sql`${liveInterviews.endedAt} is null`))
    .returning({ id: liveInterviews.id });
  return rows.length > 0;
}

export async function markStarted(db: Db, liveId: string, at: Date) {
  await db
    .update(liveInterviews)
    .set({ status: 'in_progress', startedAt: at })
    .where(and(eq(liveInterviews.id, liveId), eq(liveInterviews.status, 'pending')));
}

export async function findLive(db: Db, liveId: string): Promise<LiveRow | undefined> {
  const [row] = await db.select().from(liveInterviews).where(eq(liveInterviews.id, liveId));
  return row;
}

export async function saveReview(db: Db, liveId: string, result: { state: 'ready' | 'failed'; review: unknown }) {
  await db.update(liveInterviews).set({ reviewState: result.state, review: result.review }).where(eq(liveInterviews.id, liveId));
}

/** The names a room shows: the workspace, who booked it, and the panel's lead (else its first member). */
export async function findRoomPeople(db: Db, interviewId: string) {
  const [row] = await db
    .select({ workspaceName: workspaces.name, organiserName: users.name })
    .from(scheduledInterviews)
    .innerJoin(workspaces, eq(workspaces.id, scheduledInterviews.workspaceId))
    .leftJoin(users, eq(users.id, scheduledInterviews.scheduledBy))
    .where(eq(scheduledInterviews.id, interviewId));
  const lead = await findLeadPanelist(db, interviewId);
  return { workspaceName: row?.workspaceName ?? '', organiserName: row?.organiserName ?? null, leadName: lead ? (lead.name ?? lead.email) : null };
}

export async function findUserName(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name;
}

/** The panel's lead, else its first member: whom a host link speaks for. */
export async function findLeadPanelist(db: Db, interviewId: string) {
  const [row] = await db
    .select()
    .from(interviewPanelMembers)
    .where(eq(interviewPanelMembers.interviewId, interviewId))
    .orderBy(sql`${interviewPanelMembers.role} = 'lead' desc`, asc(interviewPanelMembers.createdAt), asc(interviewPanelMembers.id))
    .limit(1);
  return row;
}

export async function findPanelistByUser(db: Db, query: { interviewId: string; userId: string }) {
  const [row] = await db
    .select()
    .from(interviewPanelMembers)
    .where(and(eq(interviewPanelMembers.interviewId, query.interviewId), eq(interviewPanelMembers.userId, query.userId)));
  return row;
}

/** Rooms whose review was asked for and not yet written (a restart re-queues them). */
export async function findPendingReviews(db: Db): Promise<string[]> {
  const rows = await db.select({ id: liveInterviews.id }).from(liveInterviews).where(eq(liveInterviews.reviewState, 'pending'));
  return rows.map((row) => row.id);
}
