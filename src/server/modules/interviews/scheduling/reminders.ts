import { z } from 'zod';
import type { Db } from '#server/db/client.ts';
import { notify } from '#server/modules/notifications/index.ts';
import { defineJob } from '#server/platform/queue/job-definition.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { titleOf } from './invite-mails.ts';
import { findScorecard } from '#server/modules/interviews/scorecards/scorecards.repo.ts';
import { scorecardReminderType } from './plan-reminders.ts';
import { findDueReminderIds, findPendingReminders, lockReminder, settleReminder, waitForReminderRecoveryTurn, type ReminderRow } from './reminders.repo.ts';
import { findInterview, findPanel, type InterviewRow } from './scheduling.repo.ts';
import { describeInZone } from './wall-clock.ts';
import { recipientsOf } from './send-invites.ts';

export const reminderPayloadSchema = z.object({ reminderId: z.uuid() });

export function createReminderJob(deps: InterviewsDeps) {
  return defineJob({
    name: 'interviews.reminder',
    schema: reminderPayloadSchema,
    retryLimit: 5,
    retryDelaySeconds: 5,
    expireInSeconds: 120,
    handler: async ({ reminderId }) => {
      await sendReminder(deps, reminderId);
    },
  });
}

/** Queues each reminder's job for its time, in the transaction that wrote the rows (no queue: the rows wait for one). */
export async function scheduleReminderJobs(deps: InterviewsDeps, tx: Db, reminders: readonly { id: string; sendAt: Date }[]) {
  const { queue } = deps;
  if (!queue) return;
  const job = createReminderJob(deps);
  const now = deps.now().getTime();
  for (const reminder of reminders) {
    const seconds = Math.max(0, Math.ceil((reminder.sendAt.getTime() - now) / 1000));
    await queue.send(job, { reminderId: reminder.id }, { singletonKey: reminder.id, transaction: tx, ...(seconds > 0 ? { startAfterSeconds: seconds } : {}) });
  }
}

export type ReminderOutcome = 'sent' | 'skipped' | 'gone';

/** Why a scorecard follow-up must not go out: the interview did not take place, or the panelist has submitted or left. */
async function reasonToSkipScorecard(tx: Db, interview: InterviewRow, reminder: ReminderRow): Promise<string | null> {
  if (interview.status === 'cancelled' || interview.status === 'no_show') return `the interview is ${interview.status}`;
  if (interview.calendarSequence !== reminder.scheduleSequence) return 'the interview moved since this reminder was planned';
  const panelist = (await findPanel(tx, interview.id)).find((member) => member.email === reminder.recipientEmail);
  if (!panelist) return 'the recipient is no longer on the panel';
  if ((await findScorecard(tx, panelist.id))?.submittedAt) return 'the scorecard is submitted';
  return null;
}

/** Why a pending reminder must not go out now, re-read from the interview as it is (never from the queued payload). */
async function reasonToSkip(tx: Db, interview: InterviewRow | undefined, reminder: ReminderRow, now: Date): Promise<string | null> {
  if (!interview) return 'the interview is gone';
  if (reminder.reminderType === scorecardReminderType) return reasonToSkipScorecard(tx, interview, reminder);
  if (interview.status === 'cancelled' || interview.status === 'completed' || interview.status === 'no_show') return `the interview is ${interview.status}`;
  if (interview.calendarSequence !== reminder.scheduleSequence) return 'the interview moved since this reminder was planned';
  if (interview.scheduledTime.getTime() <= now.getTime()) return 'the interview has started';
  return null;
}

/**
 * Sends one reminder at most once: its row is locked and settled (sent or skipped) in one transaction, with the in-app
 * notification written in that same transaction; the e-mail goes out after the commit. A run that finds it settled does
 * nothing, so a retried or duplicated job never sends twice. A reminder for a moved, cancelled or started interview is
 * recorded as skipped.
 */
export async function sendReminder(deps: InterviewsDeps, reminderId: string): Promise<ReminderOutcome> {
  const now = deps.now();
  const claimed = await deps.db.transaction(async (tx) => {
    const reminder = await lockReminder(tx, reminderId);
    if (!reminder || reminder.state !== 'pending') return undefined;
    const interview = await findInterview(tx, reminder.interviewId);
    const skip = await reasonToSkip(tx, interview, reminder, now);
    if (skip || !interview) {
      await settleReminder(tx, reminder.id, 'skipped', now);
      deps.log.info({ reminderId, reason: skip }, 'interview reminder skipped');
      return { outcome: 'skipped' as const };
    }
    if (reminder.reminderType === scorecardReminderType && reminder.recipientUserId) {
      await notify(tx, reminder.recipientUserId, {
        type: 'scorecard_reminder',
        eventKey: `interview:${interview.id}:scorecard-follow-up:${interview.calendarSequence}`,
        title: `Your scorecard for ${titleOf(interview)}`,
        message: 'You have not submitted your scorecard yet: write it while the interview is fresh. The others’ scorecards show once yours is in.',
        link: `/hiring/interviews/${interview.id}/scorecard`,
      });
    } else if (reminder.channel === 'in_app' && reminder.recipientUserId) {
      const when = describeInZone(interview.scheduledTime, interview.timeZone);
      await notify(tx, reminder.recipientUserId, {
        type: 'interview_reminder',
        eventKey: `interview:${interview.id}:reminder:${reminder.reminderType}:${interview.calendarSequence}`,
        title: `${titleOf(interview)} in ${reminder.reminderType}`,
        message: `${when.date}, ${when.time} ${when.zoneName}${interview.meetingLink ? ` — join: ${interview.meetingLink}` : ''}`,
        link: `/interviews/${interview.id}`,
      });
    }
    await settleReminder(tx, reminder.id, 'sent', now);
    return { outcome: 'sent' as const, reminder, interview };
  });
  if (!claimed) return 'gone';
  if (claimed.outcome === 'skipped') return 'skipped';
  const { reminder, interview } = claimed;
  if (reminder.channel === 'email') {
    const { candidate, panel } = await recipientsOf(deps, interview, await findPanel(deps.db, interview.id));
    const recipient = [candidate, ...panel].find((person) => person.email === reminder.recipientEmail) ?? { ...candidate, email: reminder.recipientEmail, name: null, userId: null };
    const when = describeInZone(interview.scheduledTime, recipient.timeZone);
    const join = interview.meetingLink ?? `the personal link in your invitation (${deps.publicUrl})`;
    await deps.mailer.sendMail({
      to: reminder.recipientEmail,
      userId: recipient.userId,
      kind: 'interview_reminder',
      subject: `Reminder: ${titleOf(interview)} — ${when.date}, ${when.time} (${recipient.timeZone})`,
      text: [
        recipient.name ? `Hello ${recipient.name},` : 'Hello,',
        '',
        `${titleOf(interview)} starts in ${reminder.reminderType}.`,
        `When: ${when.date}, ${when.time} ${when.zoneName}, ${interview.durationMinutes} minutes`,
        `Join: ${join}`,
      ].join('\n'),
    });
  }
  return 'sent';
}

/** Sends every pending reminder due by now (a sweep; the per-reminder jobs do the same one at a time). */
export async function sendDueReminders(deps: InterviewsDeps): Promise<Record<ReminderOutcome, number>> {
  const counts: Record<ReminderOutcome, number> = { sent: 0, skipped: 0, gone: 0 };
  for (const id of await findDueReminderIds(deps.db, deps.now())) counts[await sendReminder(deps, id)] += 1;
  return counts;
}

/**
 * At start-up: every pending reminder whose job is not waiting in the queue (written by an app without a queue, or
 * lost) is queued again; one whose time passed while no process ran goes at once, and its handler sends it if the
 * interview has not started, else records it as skipped.
 */
export async function recoverReminders(deps: InterviewsDeps): Promise<void> {
  const { queue } = deps;
  if (!queue) return;
  const requeued = await deps.db.transaction(async (tx) => {
    await waitForReminderRecoveryTurn(tx);
    const pending = await queue.findPendingPayloads(createReminderJob(deps), tx);
    const covered = new Set(pending.flatMap((payload) => reminderPayloadSchema.safeParse(payload).data?.reminderId ?? []));
    const stranded = (await findPendingReminders(tx)).filter((row) => !covered.has(row.id));
    await scheduleReminderJobs(deps, tx, stranded);
    return stranded.length;
  });
  if (requeued > 0) deps.log.info({ reminders: requeued }, 'queued again the interview reminders no job was waiting for');
}
