import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageNumber } from '#shared/contracts/common.ts';
import type { AddCommentBody, CreateTicketBody, UpdateTicketBody } from '#shared/contracts/support.ts';
import { api } from '#web/app/api-client.ts';
import {
  addTicketComment,
  attachTicketFile,
  createTicket,
  findMyTickets,
  findTicket,
  findTicketQueue,
  reopenTicket,
  updateTicket,
  type QueueFilter,
} from '#web/features/support/api/support-api.ts';
import { supportKeys } from './support-keys.ts';

export function useMyTickets(page: PageNumber) {
  return useQuery({ queryKey: supportKeys.mine(page), queryFn: () => findMyTickets(api, page), placeholderData: keepPreviousData });
}

export function useTicketQueue(filter: QueueFilter) {
  return useQuery({ queryKey: supportKeys.queue(filter), queryFn: () => findTicketQueue(api, filter), placeholderData: keepPreviousData });
}

export function useTicket(ticketId: string) {
  return useQuery({ queryKey: supportKeys.ticket(ticketId), queryFn: () => findTicket(api, ticketId) });
}

/** Opens a ticket, then attaches the file when there is one. */
export function useOpenTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, file }: { body: CreateTicketBody; file: File | null }) => {
      const created = await createTicket(api, body);
      if (file) await attachTicketFile(api, created.id, file);
      return created;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: supportKeys.all }),
  });
}

export function useAddComment(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddCommentBody) => addTicketComment(api, ticketId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supportKeys.all }),
  });
}

export function useUpdateTicket(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateTicketBody) => updateTicket(api, ticketId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supportKeys.all }),
  });
}

export function useReopenTicket(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => reopenTicket(api, ticketId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supportKeys.all }),
  });
}
