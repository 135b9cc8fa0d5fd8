import type { Db } from '#server/db/client.ts';
import { authorize, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { notify } from '#server/modules/notifications/index.ts';
import type { Note, NoteBody, NoteList } from '#shared/contracts/hiring-team.ts';
import { candidateLabel } from '#shared/hiring/candidate-label.ts';
import { revealsIdentity } from '#shared/hiring/stages.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { findMentions, type Mentionable } from './mentions.ts';
import { deleteNote, findCandidateNotes, findNote, findNoteSubject, findWorkspaceMembers, insertNote, updateNote, type NoteRef, type NoteRow } from './notes.repo.ts';

/**
 * A hiring team's notes on a candidate (decision 047). Every member who may see the candidate may read and add notes,
 * interviewers included (they are the ones with things to say after an interview); only its author edits or deletes a
 * note. Members mentioned by `@name` or `@email` are notified once per note.
 */

function toNote(row: NoteRow, members: ReadonlyMap<string, Mentionable>, caller: Caller): Note {
  const author = row.authorId ? members.get(row.authorId) : undefined;
  return {
    id: row.id,
    candidateId: row.candidateId,
    body: row.body,
    author: author ?? null,
    mentions: row.mentionedUserIds.flatMap((userId) => members.get(userId) ?? []),
    mine: row.authorId === caller.userId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function membersOf(deps: HiringDeps, workspaceId: string): Promise<Mentionable[]> {
  return findWorkspaceMembers(deps.db, workspaceId);
}

export async function listNotes(deps: HiringDeps, caller: Caller, candidateId: string): Promise<NoteList> {
  const { workspaceId } = await authorize(deps.db, caller, { kind: 'candidate', id: candidateId }, 'read');
  const [rows, members] = await Promise.all([findCandidateNotes(deps.db, candidateId), membersOf(deps, workspaceId)]);
  const byId = new Map(members.map((member) => [member.userId, member]));
  return { items: rows.map((row) => toNote(row, byId, caller)), members };
}

/**
 * Tells each member the note mentions (never its author) once: the event key is the note's, so editing a note notifies
 * only members it did not mention before. Under blind screening the candidate is named by the anonymous label.
 */
async function notifyMentioned(db: Db, note: NoteRow, author: Mentionable | undefined, mentioned: readonly Mentionable[]): Promise<void> {
  const subject = await findNoteSubject(db, note.candidateId);
  if (!subject) return;
  const masked = subject.blind && !revealsIdentity(subject.status);
  const label = candidateLabel({ id: subject.id, name: subject.name, fileName: null, masked });
  for (const member of mentioned) {
    if (member.userId === note.authorId) continue;
    await notify(db, member.userId, {
      type: 'mention',
      eventKey: `candidate-note:${note.id}:mention`,
      title: `${author?.name ?? 'A teammate'} mentioned you`,
      message: `In a note on ${label} (${subject.jobTitle}).`,
      link: `/hiring/candidates/${note.candidateId}`,
      metadata: { candidateId: note.candidateId, noteId: note.id },
    });
  }
}

export async function addNote(deps: HiringDeps, caller: Caller, candidateId: string, body: NoteBody): Promise<Note> {
  const { workspaceId } = await authorize(deps.db, caller, { kind: 'candidate', id: candidateId }, 'read');
  const members = await membersOf(deps, workspaceId);
  const mentioned = findMentions(body.body, members);
  const author = members.find((member) => member.userId === caller.userId);
  const row = await deps.db.transaction(async (tx) => {
    const note = await insertNote(tx, { workspaceId, candidateId, authorId: caller.userId, body: body.body, mentionedUserIds: mentioned.map((member) => member.userId) });
    await notifyMentioned(tx, note, author, mentioned);
    return note;
  });
  return toNote(row, new Map(members.map((member) => [member.userId, member])), caller);
}

async function ownNote(deps: HiringDeps, caller: Caller, ref: NoteRef): Promise<{ note: NoteRow; workspaceId: string }> {
  const { workspaceId } = await authorize(deps.db, caller, { kind: 'candidate', id: ref.candidateId }, 'read');
  const note = await findNote(deps.db, ref);
  if (!note) throw new AppError('not_found', 'Note not found.');
  if (note.authorId !== caller.userId) throw new AppError('forbidden', 'Only the author of a note may change or delete it.');
  return { note, workspaceId };
}

export async function editNote(deps: HiringDeps, caller: Caller, ref: NoteRef, body: NoteBody): Promise<Note> {
  const { workspaceId } = await ownNote(deps, caller, ref);
  const members = await membersOf(deps, workspaceId);
  const mentioned = findMentions(body.body, members);
  const author = members.find((member) => member.userId === caller.userId);
  const row = await deps.db.transaction(async (tx) => {
    const note = await updateNote(tx, ref, { body: body.body, mentionedUserIds: mentioned.map((member) => member.userId) });
    await notifyMentioned(tx, note, author, mentioned);
    return note;
  });
  return toNote(row, new Map(members.map((member) => [member.userId, member])), caller);
}

export async function removeNote(deps: HiringDeps, caller: Caller, ref: NoteRef): Promise<void> {
  await ownNote(deps, caller, ref);
  await deleteNote(deps.db, ref);
}
