import { z } from 'zod';
import type { Db } from '#server/db/client.ts';
import { notify } from '#server/modules/notifications/index.ts';
import { defineJob } from '#server/platform/queue/job-definition.ts';
import type { CareerDeps } from './career-deps.ts';
import { findLastAppliedAt, findPendingFollowUps, lockForFollowUp, markFollowUpSent, waitForFollowUpRecoveryTurn } from './applications.repo.ts';

export const followUpPayloadSchema = z.object({ applicationId: z.uuid() });
const dayMs = 86_400_000;

export function createFollowUpJob(deps: CareerDeps) {
  return defineJob({
    name: 'career.follow-up',
    schema: followUpPayloadSchema,
    retryLimit: 5,
    retryDelaySeconds: 5,
    expireInSeconds: 120,
    handler: async ({ applicationId }) => {
      await sendFollowUp(deps, applicationId);
    },
  });
}

/** When the reminder of an application is due: N days after it last moved to 'applied'; null when none is waiting. */
export async function followUpDueAt(db: Db, application: { id: string; status: string; followUpAfterDays: number | null; followUpSentAt: Date | null }): Promise<Date | null> {
  if (application.status !== 'applied' || application.followUpAfterDays === null || application.followUpSentAt) return null;
  const appliedAt = await findLastAppliedAt(db, application.id);
  return appliedAt ? new Date(appliedAt.getTime() + application.followUpAfterDays * dayMs) : null;
}

/** Queues the reminder's job for its time (at once when the time has passed), in the transaction given. */
export async function scheduleFollowUp(deps: CareerDeps, tx: Db, applicationId: string, dueAt: Date): Promise<void> {
  if (!deps.queue) return;
  const seconds = Math.max(0, Math.ceil((dueAt.getTime() - deps.now().getTime()) / 1000));
  await deps.queue.send(createFollowUpJob(deps), { applicationId }, { singletonKey: `${applicationId}:${dueAt.toISOString()}`, transaction: tx, ...(seconds > 0 ? { startAfterSeconds: seconds } : {}) });
}

export type FollowUpOutcome = 'sent' | 'not_due' | 'gone';

/**
 * Reminds the user at most once to follow up an application still in 'applied' N days after it was sent: the in-app
 * notification is written and the application marked in one transaction (re-read and locked, never trusted from the
 * payload); the e-mail, when the user asked for one and their preferences do not mail it already, goes after the commit. A reply (any later stage), a changed
 * reminder or an early run does nothing: the job for the new time is queued by the change itself.
 */
export async function sendFollowUp(deps: CareerDeps, applicationId: string): Promise<FollowUpOutcome> {
  const now = deps.now();
  const claimed = await deps.db.transaction(async (tx) => {
    const row = await lockForFollowUp(tx, applicationId);
    if (!row) return undefined;
    const dueAt = await followUpDueAt(tx, row.application);
    if (!dueAt || dueAt.getTime() > now.getTime()) return undefined;
    const what = [row.jobTitle, row.companyName].filter(Boolean).join(' at ') || 'your application';
    const days = row.application.followUpAfterDays!;
    const message = `No reply in ${days} day${days === 1 ? '' : 's'} since you applied. A short, polite follow-up to the recruiter often gets an answer.`;
    await notify(tx, row.application.userId, {
      type: 'application_follow_up',
      eventKey: `application:${row.application.id}:follow-up:${dueAt.toISOString()}`,
      title: `Follow up: ${what}`,
      message,
      link: `/career/applications/${row.application.id}`,
    });
    await markFollowUpSent(tx, row.application.id, now);
    // The notification is mailed anyway when the user's preferences mail notifications of this kind: never twice.
    const mailedAnyway = (row.mailOn ?? true) && !(row.mutedTypes ?? []).includes('application_follow_up');
    // The mail is recorded in this same transaction and sent after the commit; if this process dies before sending
    // it, the next one to start sends it (mailer.deliverAbandoned): the follow-up and its mail happen once.
    const mail = row.application.followUpByEmail && !mailedAnyway
      ? await deps.mailer.queueMail(tx, {
          to: row.email,
          userId: row.application.userId,
          kind: 'notification',
          subject: `Follow up: ${what}`,
          text: [`Hello ${row.name},`, '', message, '', `${deps.publicUrl}/career/applications/${row.application.id}`].join('\n'),
        })
      : undefined;
    return { mail };
  });
  if (!claimed) return (await lockForFollowUp(deps.db, applicationId)) ? 'not_due' : 'gone';
  if (claimed.mail) await deps.mailer.deliver(claimed.mail);
  return 'sent';
}

/** At start-up: every reminder still waiting whose job is not in the queue is queued again for its time. */
export async function recoverFollowUps(deps: CareerDeps): Promise<void> {
  const { queue } = deps;
  if (!queue) return;
  await deps.db.transaction(async (tx) => {
    await waitForFollowUpRecoveryTurn(tx);
    const pending = await queue.findPendingPayloads(createFollowUpJob(deps), tx);
    const covered = new Set(pending.flatMap((payload) => followUpPayloadSchema.safeParse(payload).data?.applicationId ?? []));
    for (const { id } of await findPendingFollowUps(tx)) {
      if (covered.has(id)) continue;
      const row = await lockForFollowUp(tx, id);
      const dueAt = row ? await followUpDueAt(tx, row.application) : null;
      if (dueAt) await scheduleFollowUp(deps, tx, id, dueAt);
    }
  });
}
