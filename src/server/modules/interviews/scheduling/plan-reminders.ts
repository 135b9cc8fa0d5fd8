import type { NewReminder } from './scheduling.repo.ts';

export type ReminderRecipient = { email: string; userId: string | null; panelist?: boolean };

/** The reminder_type of a scorecard follow-up (the others are named by their offset: '24h', '1h', '90m'). */
export const scorecardReminderType = 'scorecard';

/**
 * The reminders of one schedule: for each offset (24 h, 1 h before by default) an e-mail to every recipient and an
 * in-app one to each who has an account; and, `scorecardReminderHours` after the end (0: none), an in-app scorecard
 * follow-up to each panelist with an account. None in the past: a reminder whose time has gone is not written at all.
 */
export function planReminders(input: {
  startsAt: Date;
  durationMinutes: number;
  now: Date;
  offsetsMinutes: readonly number[];
  scorecardReminderHours: number;
  recipients: readonly ReminderRecipient[];
  title: string;
}): NewReminder[] {
  const rows: NewReminder[] = [];
  for (const minutes of input.offsetsMinutes) {
    const sendAt = new Date(input.startsAt.getTime() - minutes * 60_000);
    if (sendAt.getTime() <= input.now.getTime()) continue;
    const reminderType = minutes % 60 === 0 ? `${minutes / 60}h` : `${minutes}m`;
    for (const recipient of input.recipients) {
      const message = `Reminder: ${input.title} starts in ${reminderType}.`;
      rows.push({ reminderType, recipientEmail: recipient.email, recipientUserId: recipient.userId, channel: 'email', message, sendAt });
      if (recipient.userId) rows.push({ reminderType, recipientEmail: recipient.email, recipientUserId: recipient.userId, channel: 'in_app', message, sendAt });
    }
  }
  if (input.scorecardReminderHours > 0) {
    const sendAt = new Date(input.startsAt.getTime() + input.durationMinutes * 60_000 + input.scorecardReminderHours * 3_600_000);
    for (const recipient of input.recipients) {
      if (!recipient.panelist || !recipient.userId || sendAt.getTime() <= input.now.getTime()) continue;
      const message = `Scorecard reminder: ${input.title}.`;
      rows.push({ reminderType: scorecardReminderType, recipientEmail: recipient.email, recipientUserId: recipient.userId, channel: 'in_app', message, sendAt });
    }
  }
  return rows;
}
