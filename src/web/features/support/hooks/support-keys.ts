import type { PageNumber } from '#shared/contracts/common.ts';
import type { QueueFilter } from '#web/features/support/api/support-api.ts';

export const supportKeys = {
  all: ['support'] as const,
  mine: (page: PageNumber) => ['support', 'mine', page] as const,
  queue: (filter: QueueFilter) => ['support', 'queue', filter] as const,
  ticket: (ticketId: string) => ['support', 'ticket', ticketId] as const,
};
