import type { PanelRole, RsvpState, ScheduledInterviewStatus } from '#shared/vocabulary.ts';

export const statusLabels: Record<ScheduledInterviewStatus, string> = {
  scheduled: 'Scheduled',
  confirmed: 'Confirmed',
  rescheduled: 'Rescheduled',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};

export const statusColors: Record<ScheduledInterviewStatus, string> = {
  scheduled: 'blue',
  confirmed: 'teal',
  rescheduled: 'yellow',
  completed: 'gray',
  cancelled: 'red',
  no_show: 'orange',
};

export const rsvpLabels: Record<RsvpState, string> = { needs_action: 'No answer yet', accepted: 'Accepted', declined: 'Declined', tentative: 'Asked for another time' };
export const candidateRsvpLabels: Record<RsvpState, string> = { needs_action: 'No answer yet', accepted: 'Confirmed', declined: 'Declined', tentative: 'Asked for another time' };
export const rsvpColors: Record<RsvpState, string> = { needs_action: 'gray', accepted: 'teal', declined: 'red', tentative: 'yellow' };

export const panelRoleLabels: Record<PanelRole, string> = { lead: 'Lead', interviewer: 'Interviewer', observer: 'Observer' };

export const interviewTypes = [
  { value: 'technical', label: 'Technical' },
  { value: 'behavioral', label: 'Behavioural' },
  { value: 'hr', label: 'HR' },
  { value: 'final', label: 'Final' },
];
