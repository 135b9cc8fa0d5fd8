import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { interviewPanelMembers, liveInterviewNotes, liveInterviews, liveInterviewTokens, liveTranscriptSegments, scheduledInterviews, type LiveNoteKind, type LiveNoteSource, type LiveTokenRole } from '#server/db/schema/index.ts';
import type { TranscriptSpeaker } from '#shared/vocabulary.ts';

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

/** Revokes every active link of a role; returns how many were active. */
export async function revokeLinks(db: Db, liveId: string, role: LiveTokenRole, at: Date): Promise<number> {
  const rows = await db
    .update(liveInterviewTokens)
    .set({ revokedAt: at })
    .where(and(eq(liveInterviewTokens.interviewId, liveId), eq(liveInterviewTokens.role, role), sql`${liveInterviewTokens.revokedAt} is null`))
    .returning({ id: liveInterviewTokens.id });
  return rows.length;
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

export type NewNote = { source: LiveNoteSource; kind: LiveNoteKind; note: string; quote?: string | null; model?: string | null; authorId?: string | null };

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

export async function appendSegment(db: Db, liveId: string, segment: { speaker: TranscriptSpeaker; text: string; startMs: number | null; endMs: number | null }) {
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
