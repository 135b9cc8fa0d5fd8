import type { NotificationType } from '#shared/vocabulary.ts';

/** How each kind of notification is named to the user (the preferences' per-kind mail choices). */
export const notificationTypeLabels: Record<NotificationType, string> = {
  batch_finished: 'A CV screening finished',
  practice_report_ready: 'A practice report is ready',
  workspace_invitation: 'Workspace invitations',
  ticket_reply: 'Replies to support tickets',
  interview_reminder: 'Interview reminders',
  interview_rsvp: 'Interview answers (RSVP)',
  scorecard_reminder: 'Scorecard reminders',
  application_follow_up: 'Application follow-ups',
  skill_analysis_finished: 'A skill analysis finished',
  ai_budget: 'AI budget nearly or fully used',
  mention: 'Mentions in notes on candidates',
};
