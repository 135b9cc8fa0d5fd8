import { pageParams, type PageNumber } from '#shared/contracts/common.ts';
import {
  createdTicketSchema,
  ticketCommentSchema,
  ticketPageSchema,
  ticketSchema,
  type AddCommentBody,
  type CreatedTicket,
  type CreateTicketBody,
  type Ticket,
  type TicketComment,
  type TicketPage,
  type UpdateTicketBody,
} from '#shared/contracts/support.ts';
import type { TicketCategory, TicketPriority, TicketStatus } from '#shared/vocabulary.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export type QueueFilter = PageNumber & { status?: TicketStatus | undefined; priority?: TicketPriority | undefined; category?: TicketCategory | undefined; assignee?: 'me' | 'none' | undefined };

const ticketPath = (ticketId: string) => `/api/support/tickets/${encodeURIComponent(ticketId)}`;

export function attachmentUrl(ticketId: string): string {
  return `${ticketPath(ticketId)}/attachment`;
}

export function findMyTickets(client: ApiClient, page: PageNumber): Promise<TicketPage> {
  return client.get(`/api/support/tickets?${pageParams(page).toString()}`, { schema: ticketPageSchema });
}

export function findTicketQueue(client: ApiClient, filter: QueueFilter): Promise<TicketPage> {
  const query = pageParams(filter);
  for (const key of ['status', 'priority', 'category', 'assignee'] as const) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  return client.get(`/api/support/queue?${query.toString()}`, { schema: ticketPageSchema });
}

export function findTicket(client: ApiClient, ticketId: string): Promise<Ticket> {
  return client.get(ticketPath(ticketId), { schema: ticketSchema });
}

export function createTicket(client: ApiClient, body: CreateTicketBody): Promise<CreatedTicket> {
  return client.post('/api/support/tickets', body, { schema: createdTicketSchema });
}

export function attachTicketFile(client: ApiClient, ticketId: string, file: File): Promise<Ticket> {
  const form = new FormData();
  form.append('file', file, file.name);
  return client.put(`${ticketPath(ticketId)}/attachment`, form, { schema: ticketSchema });
}

export function addTicketComment(client: ApiClient, ticketId: string, body: AddCommentBody): Promise<TicketComment> {
  return client.post(`${ticketPath(ticketId)}/comments`, body, { schema: ticketCommentSchema });
}

export function updateTicket(client: ApiClient, ticketId: string, body: UpdateTicketBody): Promise<Ticket> {
  return client.patch(ticketPath(ticketId), body, { schema: ticketSchema });
}

export function reopenTicket(client: ApiClient, ticketId: string): Promise<Ticket> {
  return client.post(`${ticketPath(ticketId)}/reopen`, undefined, { schema: ticketSchema });
}
