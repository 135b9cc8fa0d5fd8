import { aliasedTable, and, asc, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { supportTickets, ticketComments, users } from '#server/db/schema/index.ts';
import type { TicketCategory, TicketPriority, TicketStatus } from '#shared/vocabulary.ts';

export { isStorageKeyReferenced } from '#server/db/storage-references.ts';

export type TicketRow = typeof supportTickets.$inferSelect;

const requester = aliasedTable(users, 'requester');
const assignee = aliasedTable(users, 'assignee');

const summaryColumns = {
  ticket: supportTickets,
  requesterName: requester.name,
  requesterEmail: requester.email,
  assigneeName: assignee.name,
};
export type TicketWithPeople = { ticket: TicketRow; requesterName: string; requesterEmail: string; assigneeName: string | null };

export async function insertTicket(
  db: Db,
  values: { userId: string; subject: string; description: string; category: TicketCategory; priority: TicketPriority },
): Promise<TicketRow> {
  const [row] = await db.insert(supportTickets).values(values).returning();
  if (!row) throw new Error('insertTicket: no row returned');
  return row;
}

/** A ticket with its requester and assignee; `userId` limits it to that requester's own (another's is not found). */
export async function findTicket(db: Db, query: { id: string; userId?: string }): Promise<TicketWithPeople | undefined> {
  const where = query.userId ? and(eq(supportTickets.id, query.id), eq(supportTickets.userId, query.userId)) : eq(supportTickets.id, query.id);
  const [row] = await db
    .select(summaryColumns)
    .from(supportTickets)
    .innerJoin(requester, eq(requester.id, supportTickets.userId))
    .leftJoin(assignee, eq(assignee.id, supportTickets.assignedTo))
    .where(where);
  return row;
}

export type TicketFilter = {
  userId?: string;
  status?: TicketStatus | undefined;
  priority?: TicketPriority | undefined;
  category?: TicketCategory | undefined;
  /** A user id, or null for the unassigned. */
  assignedTo?: string | null | undefined;
  limit: number;
  offset: number;
};

/** One page of tickets, most recently changed first, with the count of every match. */
export async function findTicketPage(db: Db, filter: TicketFilter): Promise<{ rows: TicketWithPeople[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.userId) conditions.push(eq(supportTickets.userId, filter.userId));
  if (filter.status) conditions.push(eq(supportTickets.status, filter.status));
  if (filter.priority) conditions.push(eq(supportTickets.priority, filter.priority));
  if (filter.category) conditions.push(eq(supportTickets.category, filter.category));
  if (filter.assignedTo === null) conditions.push(isNull(supportTickets.assignedTo));
  else if (filter.assignedTo) conditions.push(eq(supportTickets.assignedTo, filter.assignedTo));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const rows = await db
    .select(summaryColumns)
    .from(supportTickets)
    .innerJoin(requester, eq(requester.id, supportTickets.userId))
    .leftJoin(assignee, eq(assignee.id, supportTickets.assignedTo))
    .where(where)
    .orderBy(desc(supportTickets.updatedAt), desc(supportTickets.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ value: count() }).from(supportTickets).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function updateTicket(db: Db, id: string, values: Partial<Pick<TicketRow, 'status' | 'priority' | 'assignedTo' | 'closedAt' | 'resolvedAt' | 'updatedAt'>>): Promise<void> {
  await db.update(supportTickets).set(values).where(eq(supportTickets.id, id));
}

export async function setTicketAttachment(
  db: Db,
  id: string,
  attachment: { storagePath: string; name: string; mimeType: string; sizeBytes: number; at: Date },
): Promise<string | null> {
  const [before] = await db.select({ path: supportTickets.attachmentStoragePath }).from(supportTickets).where(eq(supportTickets.id, id));
  await db
    .update(supportTickets)
    .set({
      attachmentStoragePath: attachment.storagePath,
      attachmentName: attachment.name,
      attachmentMimeType: attachment.mimeType,
      attachmentSizeBytes: attachment.sizeBytes,
      updatedAt: attachment.at,
    })
    .where(eq(supportTickets.id, id));
  return before?.path ?? null;
}

export type CommentRow = { id: string; body: string; authorId: string | null; authorName: string | null; authorRole: string | null; internal: boolean; createdAt: Date };

/** A ticket's comments, oldest first; without the internal notes unless asked for. */
export async function findComments(db: Db, query: { ticketId: string; withInternal: boolean }): Promise<CommentRow[]> {
  const where = query.withInternal ? eq(ticketComments.ticketId, query.ticketId) : and(eq(ticketComments.ticketId, query.ticketId), eq(ticketComments.isInternal, false));
  return db
    .select({
      id: ticketComments.id,
      body: ticketComments.comment,
      authorId: ticketComments.userId,
      authorName: users.name,
      authorRole: users.role,
      internal: ticketComments.isInternal,
      createdAt: ticketComments.createdAt,
    })
    .from(ticketComments)
    .leftJoin(users, eq(users.id, ticketComments.userId))
    .where(where)
    .orderBy(asc(ticketComments.createdAt), asc(ticketComments.id));
}

export async function insertComment(db: Db, values: { ticketId: string; userId: string; comment: string; isInternal: boolean }) {
  const [row] = await db.insert(ticketComments).values(values).returning();
  if (!row) throw new Error('insertComment: no row returned');
  return row;
}

/** The ids of the installation's support staff (administrators and the support role). */
export async function findSupportStaffIds(db: Db): Promise<string[]> {
  const rows = await db.select({ id: users.id }).from(users).where(inArray(users.role, ['admin', 'support']));
  return rows.map((row) => row.id);
}

/** Whether a user is support staff (to assign a ticket to them). */
export async function isStaffUser(db: Db, userId: string): Promise<boolean> {
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  return row?.role === 'admin' || row?.role === 'support';
}
