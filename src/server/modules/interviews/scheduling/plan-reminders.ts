import type { NewReminder } from './scheduling.repo.ts';

export type ReminderRecipient = { email: string; userId: string | null };

/**
 * The reminders of one schedule: for each offset (24 h, 1 h before by default) an e-mail to every recipient and an
 * in-app one to each who has an account. None in the past: a reminder whose time has gone is not written at all.
 */
export function planReminders(input: { startsAt: Date; now: Date; offsetsMinutes: readonly number[]; recipients: readonly ReminderRecipient[]; title: string }): NewReminder[] {
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
  return rows;
}
