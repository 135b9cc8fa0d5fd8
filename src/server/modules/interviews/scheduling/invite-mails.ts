import type { CalendarPart, OutgoingMail } from '#server/platform/mail/index.ts';
import type { MailKind } from '#shared/vocabulary.ts';
import { buildInvite, type InviteMethod, type InvitePerson } from './calendar-invite.ts';
import type { InterviewRow, PanelRow } from './scheduling.repo.ts';
import { describeInZone } from './wall-clock.ts';

export type Recipient = { email: string; name: string | null; timeZone: string; userId: string | null; personalLink?: string };

export type InviteContext = {
  interview: InterviewRow;
  panel: readonly PanelRow[];
  organizer: { name: string; email: string };
  stamp: Date;
};

export function titleOf(interview: Pick<InterviewRow, 'candidateName' | 'jobTitle' | 'interviewType'>): string {
  return interview.jobTitle ? `Interview: ${interview.candidateName} — ${interview.jobTitle}` : `Interview: ${interview.candidateName}`;
}

function attendeesOf(context: InviteContext): InvitePerson[] {
  const { interview } = context;
  return [
    { name: interview.candidateName, email: interview.candidateEmail, rsvp: interview.candidateRsvp, role: 'candidate' },
    ...context.panel.map((panelist) => ({ name: panelist.name, email: panelist.email, rsvp: panelist.rsvp, role: panelist.role })),
  ];
}

/** The interview's iCalendar object as it stands: REQUEST with its SEQUENCE, or CANCEL once cancelled. */
export function currentInvite(context: InviteContext, override?: { method: InviteMethod; attendees?: InvitePerson[]; wholeEventCancelled?: boolean }): string {
  const { interview } = context;
  const method = override?.method ?? (interview.status === 'cancelled' ? 'CANCEL' : 'REQUEST');
  return buildInvite({
    uid: interview.calendarUid,
    sequence: interview.calendarSequence,
    method,
    ...(override?.wholeEventCancelled === undefined ? {} : { wholeEventCancelled: override.wholeEventCancelled }),
    title: titleOf(interview),
    description: [`${interview.interviewType} interview`, interview.meetingLink ? `Join: ${interview.meetingLink}` : null, interview.location !== 'Video Call' ? `Where: ${interview.location}` : null]
      .filter(Boolean)
      .join('\n'),
    startsAt: interview.scheduledTime,
    durationMinutes: interview.durationMinutes,
    location: interview.meetingLink ?? interview.location,
    url: interview.meetingLink,
    organizer: context.organizer,
    attendees: override?.attendees ?? attendeesOf(context),
    stamp: context.stamp,
  });
}

export type MailPurpose = { kind: 'invite' } | { kind: 'update'; previous: Date; reason?: string | null } | { kind: 'cancel'; reason?: string | null } | { kind: 'removed' };

/** One recipient's mail: the date, time and zone in their own zone, the join link, and the calendar part. */
export function inviteMail(context: InviteContext, recipient: Recipient, purpose: MailPurpose): OutgoingMail {
  const { interview } = context;
  const when = describeInZone(interview.scheduledTime, recipient.timeZone);
  const whenLine = `${when.date}, ${when.time} ${when.zoneName}, ${interview.durationMinutes} minutes`;
  const join = recipient.personalLink ?? interview.meetingLink;
  const title = titleOf(interview);
  let subject: string;
  let method: InviteMethod = 'REQUEST';
  let lead: string[];
  let kind: MailKind = 'interview_invitation';
  let calendar: CalendarPart;
  switch (purpose.kind) {
    case 'invite':
      subject = `Invitation: ${title} — ${when.date}, ${when.time} (${recipient.timeZone})`;
      lead = [`You are invited to an interview.`];
      calendar = { method, content: currentInvite(context, { method }) };
      break;
    case 'update': {
      const before = describeInZone(purpose.previous, recipient.timeZone);
      subject = `Updated: ${title} — now ${when.date}, ${when.time} (${recipient.timeZone})`;
      lead = [`The interview has moved.`, `Was: ~~${before.date}, ${before.time} ${before.zoneName}~~`, ...(purpose.reason ? [`Reason: ${purpose.reason}`] : [])];
      kind = 'interview_update';
      calendar = { method, content: currentInvite(context, { method }) };
      break;
    }
    case 'cancel':
      method = 'CANCEL';
      subject = `Cancelled: ${title} — ${when.date}, ${when.time} (${recipient.timeZone})`;
      lead = [`The interview is cancelled.`, ...(purpose.reason ? [`Reason: ${purpose.reason}`] : [])];
      kind = 'interview_update';
      calendar = { method, content: currentInvite(context, { method, wholeEventCancelled: true }) };
      break;
    case 'removed':
      method = 'CANCEL';
      subject = `Removed from: ${title} — ${when.date}, ${when.time} (${recipient.timeZone})`;
      lead = [`You are no longer on the panel of this interview.`];
      kind = 'interview_update';
      calendar = {
        method,
        content: currentInvite(context, { method, wholeEventCancelled: false, attendees: [{ name: recipient.name, email: recipient.email }] }),
      };
      break;
  }
  const lines = [
    recipient.name ? `Hello ${recipient.name},` : 'Hello,',
    '',
    ...lead,
    '',
    `${title}`,
    `When: ${whenLine}`,
    ...(purpose.kind === 'cancel' || purpose.kind === 'removed' ? [] : [join ? `Join: ${join}` : `Where: ${interview.location}`]),
    ...(purpose.kind === 'update' && recipient.personalLink === undefined && !interview.meetingLink ? ['Your personal link from the first invitation still works.'] : []),
  ];
  return { to: recipient.email, subject, text: lines.join('\n'), kind, userId: recipient.userId, calendar };
}
