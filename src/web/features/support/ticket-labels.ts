import type { TicketCategory, TicketPriority, TicketStatus } from '#shared/vocabulary.ts';

export const ticketStatusLabels: Record<TicketStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  waiting: 'Waiting for you',
  resolved: 'Resolved',
  closed: 'Closed',
};
/** The same statuses as support staff see them (waiting is for the requester's answer). */
export const staffStatusLabels: Record<TicketStatus, string> = { ...ticketStatusLabels, waiting: 'Waiting for the user' };

export const ticketStatusColors: Record<TicketStatus, string> = { open: 'blue', in_progress: 'violet', waiting: 'orange', resolved: 'teal', closed: 'gray' };

export const ticketPriorityLabels: Record<TicketPriority, string> = { low: 'Low', medium: 'Medium', high: 'High', urgent: 'Urgent' };

export const ticketCategoryLabels: Record<TicketCategory, string> = {
  general: 'General question',
  account: 'Account and sign-in',
  billing: 'Billing',
  bug: 'Something is broken',
  hiring: 'Hiring and CV screening',
  practice: 'Practice interviews',
  feature_request: 'Feature request',
};
