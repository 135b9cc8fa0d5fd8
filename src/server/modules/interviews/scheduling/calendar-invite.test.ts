import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildInvite, type InviteEvent } from './calendar-invite.ts';

const base: InviteEvent = {
  uid: '3f6c2a8e-1111-4c4c-9a9a-000000000001@parley.example',
  sequence: 0,
  method: 'REQUEST',
  title: 'Interview: Zoë Ångström — Entwicklerin, Backend; Plattform',
  description: 'Technical interview\nJoin: https://meet.example/abc, bring your notes; thanks',
  startsAt: new Date('2027-03-10T14:00:00Z'),
  durationMinutes: 45,
  location: 'https://meet.example/abc',
  url: 'https://meet.example/abc',
  organizer: { name: 'Rita Recruiter', email: 'rita@acme.example' },
  attendees: [
    { name: 'Zoë Ångström', email: 'zoe@example.org', role: 'candidate' },
    { name: 'Pat Panel', email: 'pat@acme.example', role: 'lead', rsvp: 'accepted' },
  ],
  stamp: new Date('2027-03-01T09:30:00Z'),
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, event };
}

describe('calendar invitations (RFC 5545 / 5546)', () => {
  it('has the mandatory properties, UTC times, the UID and SEQUENCE, one ATTENDEE each', () => {
    const ics = buildInvite(base);
    const { calendar, event } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Parley//Interviews//EN');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.getFirstPropertyValue('uid')).toBe(base.uid);
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.getFirstPropertyValue('summary')).toBe(base.title);
    expect(event.getFirstPropertyValue('description')).toBe(base.description);
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.zone?.tzid).toBe('UTC');
    expect(start.toJSDate().toISOString()).toBe('2027-03-10T14:00:00.000Z');
    expect((event.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString()).toBe('2027-03-10T14:45:00.000Z');
    expect((event.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe('2027-03-01T09:30:00.000Z');
    const attendees = event.getAllProperties('attendee');
    expect(attendees.map((a) => a.getFirstValue())).toEqual(['mailto:zoe@example.org', 'mailto:pat@acme.example']);
    expect(attendees.map((a) => a.getParameter('partstat'))).toEqual(['NEEDS-ACTION', 'ACCEPTED']);
    expect(attendees.every((a) => a.getParameter('rsvp') === 'TRUE')).toBe(true);
    expect(String(event.getFirstProperty('organizer')!.getFirstValue()).toLowerCase()).toBe('mailto:rita@acme.example');
    expect(ics).not.toMatch(/TZID/);
  });

  it('ends every line with CRLF, folds at 75 octets and escapes TEXT', () => {
    const ics = buildInvite(base);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('SUMMARY:Interview: Zoë Ångström — Entwicklerin\\, Backend\\; Plattform');
    expect(unfolded).toContain('DESCRIPTION:Technical interview\\nJoin: https://meet.example/abc\\, bring your notes\\; thanks');
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED, or un-invites one person without a STATUS', () => {
    const whole = parse(buildInvite({ ...base, method: 'CANCEL', sequence: 2 }));
    expect(whole.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(whole.event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(whole.event.getFirstPropertyValue('sequence')).toBe(2);
    expect(whole.event.getFirstPropertyValue('uid')).toBe(base.uid);
    const one = parse(buildInvite({ ...base, method: 'CANCEL', wholeEventCancelled: false, sequence: 3, attendees: [base.attendees[1]!] }));
    expect(one.event.getFirstPropertyValue('status')).toBeNull();
    expect(one.event.getAllProperties('attendee').map((a) => a.getFirstValue())).toEqual(['mailto:pat@acme.example']);
  });
});
