import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OutboxFilter } from '#web/features/admin/api/admin-api.ts';
import { api } from '#web/app/api-client.ts';
import { findOutboxMessages } from '#web/features/admin/api/admin-api.ts';
import { adminKeys } from './admin-keys.ts';

/** One page of the mail this installation sent or kept, newest first, optionally to one address. */
export function useOutbox(query: OutboxFilter) {
  return useQuery({ queryKey: adminKeys.outboxPage(query), queryFn: () => findOutboxMessages(api, query), placeholderData: keepPreviousData });
}
