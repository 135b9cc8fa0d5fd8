import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { candidateNotes, candidates, jobs, users, workspaceMembers, workspaces } from '#server/db/schema/index.ts';

export type NoteRow = typeof candidateNotes.$inferSelect;

/** Who may be mentioned: every member of the workspace, by name. */
export async function findWorkspaceMembers(db: Db, workspaceId: string): Promise<{ userId: string; name: string; email: string }[]> {
  return db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, workspaceId))
    .orderBy(asc(users.name), asc(users.id));
}

/** What a notification about a note needs to know of its candidate: how to call them and whether blind screening applies. */
export async function findNoteSubject(db: Db, candidateId: string) {
  const [row] = await db
    .select({
      id: candidates.id,
      workspaceId: candidates.workspaceId,
      name: candidates.name,
      status: candidates.status,
      jobTitle: jobs.title,
      blind: jobs.blindScreening,
      workspaceBlind: workspaces.blindScreening,
    })
    .from(candidates)
    .innerJoin(jobs, eq(jobs.id, candidates.jobId))
    .innerJoin(workspaces, eq(workspaces.id, candidates.workspaceId))
    .where(eq(candidates.id, candidateId));
  return row && { ...row, blind: row.blind || row.workspaceBlind };
}

/** The candidate's notes, oldest first. */
export async function findCandidateNotes(db: Db, candidateId: string): Promise<NoteRow[]> {
  return db.select().from(candidateNotes).where(eq(candidateNotes.candidateId, candidateId)).orderBy(asc(candidateNotes.createdAt), asc(candidateNotes.id));
}

/** One note of one candidate: two ids passed together so they cannot be swapped. */
export type NoteRef = { candidateId: string; noteId: string };

export async function findNote(db: Db, ref: NoteRef): Promise<NoteRow | undefined> {
  const [row] = await db.select().from(candidateNotes).where(and(eq(candidateNotes.id, ref.noteId), eq(candidateNotes.candidateId, ref.candidateId)));
  return row;
}

export async function insertNote(db: Db, note: { workspaceId: string; candidateId: string; authorId: string; body: string; mentionedUserIds: string[] }): Promise<NoteRow> {
  const [row] = await db.insert(candidateNotes).values(note).returning();
  return row!;
}

export async function updateNote(db: Db, ref: NoteRef, values: { body: string; mentionedUserIds: string[] }): Promise<NoteRow> {
  const [row] = await db
    .update(candidateNotes)
    .set(values)
    .where(and(eq(candidateNotes.id, ref.noteId), eq(candidateNotes.candidateId, ref.candidateId)))
    .returning();
  return row!;
}

export async function deleteNote(db: Db, ref: NoteRef): Promise<void> {
  await db.delete(candidateNotes).where(and(eq(candidateNotes.id, ref.noteId), eq(candidateNotes.candidateId, ref.candidateId)));
}
