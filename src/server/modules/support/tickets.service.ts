import { notify } from '#server/modules/notifications/index.ts';
import { getSetting } from '#server/modules/settings/index.ts';
import { authorizeSupportStaff, isSupportStaff, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { cleanFileName } from '#server/platform/file-name.ts';
import { toPage, type PageQuery } from '#shared/contracts/common.ts';
import {
  reopenWindowDays,
  type AddCommentBody,
  type CreatedTicket,
  type CreateTicketBody,
  type Ticket,
  type TicketComment,
  type TicketPage,
  type TicketQueueQuery,
  type TicketSummary,
  type UpdateTicketBody,
} from '#shared/contracts/support.ts';
import { acceptedAttachments, detectAttachmentType } from './attachment-file.ts';
import type { SupportDeps } from './support-deps.ts';
import {
  findComments,
  findSupportStaffIds,
  findTicket,
  findTicketPage,
  insertComment,
  insertTicket,
  isStaffUser,
  isStorageKeyReferenced,
  setTicketAttachment,
  updateTicket as updateTicketRow,
  type CommentRow,
  type TicketWithPeople,
} from './tickets.repo.ts';

const dayMs = 24 * 60 * 60 * 1000;
const notFound = () => new AppError('not_found', 'Ticket not found.');
const ticketLink = (id: string) => `/support/tickets/${id}`;

function toSummary({ ticket, requesterName, requesterEmail, assigneeName }: TicketWithPeople): TicketSummary {
  return {
    id: ticket.id,
    subject: ticket.subject,
    status: ticket.status,
    priority: ticket.priority,
    category: ticket.category,
    requester: { id: ticket.userId, name: requesterName, email: requesterEmail },
    assignee: ticket.assignedTo ? { id: ticket.assignedTo, name: assigneeName ?? '' } : null,
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
  };
}

function toComment(row: CommentRow): TicketComment {
  return {
    id: row.id,
    body: row.body,
    authorId: row.authorId,
    authorName: row.authorName,
    fromStaff: row.authorRole === 'admin' || row.authorRole === 'support',
    internal: row.internal,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Until when a ticket closed at `closedAt` may be reopened; null when it is not closed or that time has passed. */
function reopenDeadline(deps: SupportDeps, closedAt: Date | null): Date | null {
  if (!closedAt) return null;
  const deadline = new Date(closedAt.getTime() + reopenWindowDays * dayMs);
  return deadline.getTime() >= deps.now().getTime() ? deadline : null;
}

/** The ticket as the caller may see it: their own, or any for support staff; 404 otherwise. */
async function ticketFor(deps: SupportDeps, caller: Caller, ticketId: string): Promise<TicketWithPeople> {
  const found = await findTicket(deps.db, isSupportStaff(caller) ? { id: ticketId } : { id: ticketId, userId: caller.userId });
  if (!found) throw notFound();
  return found;
}

export async function openTicket(deps: SupportDeps, caller: Caller, body: CreateTicketBody): Promise<CreatedTicket> {
  const row = await insertTicket(deps.db, {
    userId: caller.userId,
    subject: body.subject,
    description: body.description,
    category: body.category ?? 'general',
    priority: body.priority ?? 'medium',
  });
  return { id: row.id, status: row.status };
}

export async function listMyTickets(deps: SupportDeps, caller: Caller, query: PageQuery): Promise<TicketPage> {
  const { rows, total } = await findTicketPage(deps.db, { userId: caller.userId, limit: query.limit, offset: query.offset });
  return toPage(rows.map(toSummary), total, query);
}

export async function listTicketQueue(deps: SupportDeps, caller: Caller, query: TicketQueueQuery): Promise<TicketPage> {
  authorizeSupportStaff(caller);
  const assignedTo = query.assignee === 'me' ? caller.userId : query.assignee === 'none' ? null : query.assignee;
  const { rows, total } = await findTicketPage(deps.db, {
    status: query.status,
    priority: query.priority,
    category: query.category,
    assignedTo,
    limit: query.limit,
    offset: query.offset,
  });
  return toPage(rows.map(toSummary), total, query);
}

export async function getTicket(deps: SupportDeps, caller: Caller, ticketId: string): Promise<Ticket> {
  const found = await ticketFor(deps, caller, ticketId);
  const comments = await findComments(deps.db, { ticketId, withInternal: isSupportStaff(caller) });
  const { ticket } = found;
  return {
    ...toSummary(found),
    description: ticket.description,
    attachment:
      ticket.attachmentStoragePath && ticket.attachmentName
        ? { name: ticket.attachmentName, mimeType: ticket.attachmentMimeType ?? 'application/octet-stream', sizeBytes: ticket.attachmentSizeBytes ?? 0 }
        : null,
    closedAt: ticket.closedAt?.toISOString() ?? null,
    reopenUntil: reopenDeadline(deps, ticket.status === 'closed' ? ticket.closedAt : null)?.toISOString() ?? null,
    comments: comments.map(toComment),
  };
}

/**
 * A comment in the thread. Staff may add an internal note, which the requester never sees and which notifies nobody;
 * a reply from staff asks the requester (status `waiting`) and notifies them; a reply from the requester puts the
 * ticket back to `open` and notifies its assignee, or every staff member while nobody has it.
 */
export async function addComment(deps: SupportDeps, caller: Caller, ticketId: string, body: AddCommentBody): Promise<TicketComment> {
  const { ticket } = await ticketFor(deps, caller, ticketId);
  const staff = isSupportStaff(caller);
  const internal = body.internal ?? false;
  if (internal && !staff) throw new AppError('forbidden', 'Only support staff may add internal notes.');
  if (ticket.status === 'closed' && !internal) {
    throw new AppError('conflict', caller.userId === ticket.userId ? 'This ticket is closed: reopen it first (within 14 days of closing) or open a new one.' : 'This ticket is closed: reopen it before replying.');
  }
  const now = deps.now();
  const created = await deps.db.transaction(async (tx) => {
    const comment = await insertComment(tx, { ticketId, userId: caller.userId, comment: body.body, isInternal: internal });
    if (internal) {
      await updateTicketRow(tx, ticketId, { updatedAt: now });
      return comment;
    }
    const fromRequester = caller.userId === ticket.userId;
    const nextStatus = fromRequester ? (ticket.status === 'waiting' || ticket.status === 'resolved' ? 'open' : ticket.status) : ticket.status === 'resolved' ? 'resolved' : 'waiting';
    await updateTicketRow(tx, ticketId, { status: nextStatus, updatedAt: now });
    const recipients = fromRequester ? (ticket.assignedTo ? [ticket.assignedTo] : await findSupportStaffIds(tx)) : [ticket.userId];
    const title = fromRequester ? `New reply on ticket “${ticket.subject}”` : `Support replied to “${ticket.subject}”`;
    for (const userId of recipients.filter((id) => id !== caller.userId)) {
      await notify(tx, userId, { type: 'ticket_reply', eventKey: `ticket:${ticketId}:comment:${comment.id}`, title, message: body.body.slice(0, 280), link: ticketLink(ticketId) });
    }
    return comment;
  });
  const [row] = (await findComments(deps.db, { ticketId, withInternal: true })).filter((comment) => comment.id === created.id);
  if (!row) throw new Error('addComment: the new comment is gone');
  return toComment(row);
}

/** Staff change the status, the priority and who has the ticket (a staff member, or nobody). */
export async function updateTicket(deps: SupportDeps, caller: Caller, ticketId: string, body: UpdateTicketBody): Promise<Ticket> {
  authorizeSupportStaff(caller);
  const { ticket } = await ticketFor(deps, caller, ticketId);
  if (body.assignedTo && !(await isStaffUser(deps.db, body.assignedTo))) {
    throw new AppError('bad_request', 'assignedTo: must be a support staff member (an administrator or the support role).');
  }
  const now = deps.now();
  const status = body.status ?? ticket.status;
  await updateTicketRow(deps.db, ticketId, {
    status,
    ...(body.priority ? { priority: body.priority } : {}),
    ...(body.assignedTo === undefined ? {} : { assignedTo: body.assignedTo }),
    closedAt: status === 'closed' ? (ticket.status === 'closed' ? ticket.closedAt : now) : null,
    resolvedAt: status === 'resolved' || status === 'closed' ? (ticket.resolvedAt ?? now) : null,
    updatedAt: now,
  });
  return getTicket(deps, caller, ticketId);
}

/** The requester reopens a closed ticket within 14 days of its closing; later, they open a new one. */
export async function reopenTicket(deps: SupportDeps, caller: Caller, ticketId: string): Promise<Ticket> {
  const found = await findTicket(deps.db, { id: ticketId, userId: caller.userId });
  if (!found) throw notFound();
  const { ticket } = found;
  if (ticket.status !== 'closed' || !ticket.closedAt) throw new AppError('conflict', 'Only a closed ticket can be reopened; this one is still active.');
  if (deps.now().getTime() - ticket.closedAt.getTime() > reopenWindowDays * dayMs) {
    throw new AppError('conflict', `This ticket was closed more than ${reopenWindowDays} days ago: open a new ticket instead.`);
  }
  await updateTicketRow(deps.db, ticketId, { status: 'open', closedAt: null, resolvedAt: null, updatedAt: deps.now() });
  return getTicket(deps, caller, ticketId);
}

export type ReceivedAttachment = { bytes: Buffer; fileName: string };

/** The requester attaches one screenshot or file (replacing an earlier one); its type is decided by its content. */
export async function attachTicketFile(
  deps: SupportDeps,
  caller: Caller,
  ticketId: string,
  receive: (maxBytes: number) => Promise<ReceivedAttachment>,
): Promise<Ticket> {
  const found = await findTicket(deps.db, { id: ticketId, userId: caller.userId });
  if (!found) throw notFound();
  const file = await receive(await getSetting(deps, 'uploads.attachment-max-bytes'));
  const name = cleanFileName(file.fileName, { fallback: 'attachment' });
  if (file.bytes.byteLength === 0) throw new AppError('bad_request', `file: ${name} is empty.`);
  const mimeType = detectAttachmentType(file.bytes);
  if (!mimeType) throw new AppError('unsupported_media_type', `file: ${name} is not ${acceptedAttachments}.`);
  const stored = await deps.storage.put(file.bytes);
  const previous = await setTicketAttachment(deps.db, ticketId, { storagePath: stored.key, name, mimeType, sizeBytes: file.bytes.byteLength, at: deps.now() });
  if (previous && previous !== stored.key && !(await isStorageKeyReferenced(deps.db, previous))) await deps.storage.delete(previous);
  return getTicket(deps, caller, ticketId);
}

export async function getTicketAttachment(deps: SupportDeps, caller: Caller, ticketId: string): Promise<{ bytes: Buffer; name: string; mimeType: string }> {
  const { ticket } = await ticketFor(deps, caller, ticketId);
  if (!ticket.attachmentStoragePath) throw new AppError('not_found', 'This ticket has no attachment.');
  return { bytes: await deps.storage.get(ticket.attachmentStoragePath), name: ticket.attachmentName ?? 'attachment', mimeType: ticket.attachmentMimeType ?? 'application/octet-stream' };
}
