import { createEvent, type Attendee, type EventAttributes } from 'ics';

export type InviteMethod = 'REQUEST' | 'CANCEL';

export type InvitePerson = { name: string | null; email: string; rsvp?: 'needs_action' | 'accepted' | 'declined' | 'tentative'; role?: 'lead' | 'interviewer' | 'observer' | 'candidate' };

export type InviteEvent = {
  uid: string;
  sequence: number;
  method: InviteMethod;
  /** CANCEL of the whole event (STATUS:CANCELLED); false when one attendee is un-invited (no STATUS, RFC 5546 3.2.5). */
  wholeEventCancelled?: boolean;
  title: string;
  description: string;
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  url: string | null;
  organizer: { name: string; email: string };
  attendees: readonly InvitePerson[];
  /** DTSTAMP: when this version of the invitation was made. */
  stamp: Date;
};

const partstat = { needs_action: 'NEEDS-ACTION', accepted: 'ACCEPTED', declined: 'DECLINED', tentative: 'TENTATIVE' } as const;

function toAttendee(person: InvitePerson): Attendee {
  return {
    ...(person.name ? { name: person.name } : {}),
    email: person.email,
    rsvp: true,
    partstat: partstat[person.rsvp ?? 'needs_action'],
    role: person.role === 'observer' ? 'OPT-PARTICIPANT' : person.role === 'lead' ? 'CHAIR' : 'REQ-PARTICIPANT',
  };
}

/**
 * One interview as an iCalendar object (RFC 5545) for iTIP (RFC 5546): times in UTC (no VTIMEZONE, so no stale zone
 * data travels), the interview's one UID and its current SEQUENCE, so calendars replace or remove the same entry.
 */
export function buildInvite(event: InviteEvent): string {
  const cancelled = event.method === 'CANCEL';
  const attributes: EventAttributes & { timestamp: number } = {
    productId: '-//Parley//Interviews//EN',
    method: event.method,
    uid: event.uid,
    sequence: event.sequence,
    timestamp: event.stamp.getTime(),
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.startsAt.getTime() + event.durationMinutes * 60_000,
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.title,
    description: event.description,
    ...(event.location ? { location: event.location } : {}),
    ...(event.url ? { url: event.url } : {}),
    organizer: { name: event.organizer.name, email: event.organizer.email },
    attendees: event.attendees.map(toAttendee),
    ...(cancelled ? (event.wholeEventCancelled === false ? {} : { status: 'CANCELLED' as const }) : { status: 'CONFIRMED' as const }),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`Could not build the calendar invitation: ${error?.message ?? 'no output'}`);
  return refold(value);
}

/**
 * RFC 5545 3.1: content lines end in CRLF and are folded at 75 octets. `ics` folds at 75 characters, which a line of
 * accented names (an ATTENDEE's CN) overruns in UTF-8; so every line is unfolded and folded again by octets, never
 * inside a character.
 */
export function refold(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r\n/).filter((line) => line.length > 0);
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; each continuation starts with a space, so holds 74 more.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
