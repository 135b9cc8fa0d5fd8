import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueReminders } from '#server/modules/interviews/index.ts';
import { createInterviewsDeps } from '#server/modules/interviews/index.ts';
import { findRemindersOf } from '#server/modules/interviews/scheduling/reminders.repo.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { mimeParts } from '#tests/support/mime-parts.ts';
import { startSmtpServer, type Received } from '#tests/support/smtp-server.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

// The clock of the whole app: frozen, and moved by the tests (never "today").
let clock = new Date('2027-03-01T09:00:00Z');

function calendarOf(mail: Received) {
  const parts = mimeParts(mail.raw);
  const part = parts.find((p) => /^text\/calendar/i.test(p.headers['content-type'] ?? ''));
  if (!part) throw new Error('no text/calendar part');
  const attachment = parts.find((p) => /invite\.ics/.test(p.headers['content-disposition'] ?? p.headers['content-type'] ?? ''));
  const calendar = new ICAL.Component(ICAL.parse(part.body));
  return { part, attachment, calendar, event: calendar.getFirstSubcomponent('vevent')!, text: parts.find((p) => /^text\/plain/i.test(p.headers['content-type'] ?? ''))?.body ?? '' };
}

function mailsTo(received: Received[], email: string) {
  return received.filter((mail) => mail.to.includes(email));
}

describe('scheduling interviews: booking, invitations over SMTP, reschedule, cancel, reminders', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let t: TestApp;
  let recruiter: Caller;
  let panelist: Caller;
  let workspaceId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Parley <noreply@parley.test>', PUBLIC_URL: 'https://parley.example' }, { now: () => clock });
    recruiter = await signUp(t, { name: 'Rita Recruiter' });
    panelist = await signUp(t, { name: 'Nora NewYork' });
    const created = await call(t, 'POST', '/api/workspaces', { cookie: recruiter.cookie, payload: { name: 'Acme hiring' } });
    workspaceId = created.json<{ id: string }>().id;
    // Nora joins the workspace as an interviewer and works in New York.
    const { workspaceMembers, users } = await import('#server/db/schema/index.ts');
    const { eq } = await import('drizzle-orm');
    await t.database.db.insert(workspaceMembers).values({ workspaceId, userId: panelist.userId, role: 'interviewer' });
    await t.database.db.update(users).set({ timezone: 'America/New_York' }).where(eq(users.id, panelist.userId));
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const book = (payload: Record<string, unknown>) => call(t, 'POST', `/api/workspaces/${workspaceId}/interviews`, { cookie: recruiter.cookie, payload });
  const valid = () => ({
    candidateName: 'Zoë Ångström',
    candidateEmail: 'zoe@example.org',
    startsAt: '2027-03-17T15:00',
    timeZone: 'Europe/Berlin',
    durationMinutes: 45,
    panel: [
      { email: panelist.email, role: 'lead' },
      { email: 'guest@partner.example', name: 'Gita Guest', timeZone: 'Asia/Kathmandu' },
    ],
    meetingLink: 'https://meet.example/zoe-backend',
    questions: ['Walk me through your last migration.', 'How do you test a queue?'],
  });

  it('books in Berlin time, stores the UTC instant and mails everyone an iMIP invitation in their own zone', async () => {
    smtp.received.length = 0;
    const response = await book(valid());
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ status: 'scheduled', startsAt: '2027-03-17T14:00:00.000Z', timeZone: 'Europe/Berlin', localStartsAt: '2027-03-17T15:00+01:00' });
    expect(body.hostUrl).toMatch(/^https:\/\/parley\.example\/api\/room\?token=[\w-]{43}$/);
    expect(body.candidateUrl).toMatch(/^https:\/\/parley\.example\/api\/room\?token=[\w-]{43}$/);
    expect(body.questions.map((q: { text: string }) => q.text)).toEqual(valid().questions);

    expect(smtp.received).toHaveLength(3);
    const candidateMail = calendarOf(mailsTo(smtp.received, 'zoe@example.org')[0]!);
    expect(candidateMail.part.headers['content-type']).toMatch(/text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(candidateMail.attachment).toBeDefined();
    expect(candidateMail.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(candidateMail.event.getFirstPropertyValue('sequence')).toBe(0);
    expect(String(candidateMail.event.getFirstPropertyValue('uid'))).toMatch(/@parley\.example$/);
    expect((candidateMail.event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2027-03-17T14:00:00.000Z');
    expect(candidateMail.event.getAllProperties('attendee')).toHaveLength(3);
    expect(candidateMail.text).toContain('Wednesday, 17 March 2027, 15:00 Europe/Berlin (UTC+01:00)');
    expect(candidateMail.text).toContain(body.candidateUrl);
    // New York moved to summer time on 14 March, Berlin not yet: five hours apart, not six.
    expect(calendarOf(mailsTo(smtp.received, panelist.email)[0]!).text).toContain('Wednesday, 17 March 2027, 10:00 America/New_York (EDT, UTC-04:00)');
    expect(calendarOf(mailsTo(smtp.received, 'guest@partner.example')[0]!).text).toContain('Wednesday, 17 March 2027, 19:45 Asia/Kathmandu (UTC+05:45)');

    const ics = await call(t, 'GET', `/api/interviews/${body.id}/invite.ics`, { cookie: recruiter.cookie });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.body).toMatch(/METHOD:REQUEST\r\n/);
    expect(ics.body).toMatch(/SEQUENCE:0\r\n/);
  });

  it('reschedules with the same UID and SEQUENCE + 1, and cancels with METHOD:CANCEL', async () => {
    const booked = (await book({ ...valid(), candidateEmail: 'sam@example.org' })).json();
    const uid = calendarOf(mailsTo(smtp.received, 'sam@example.org')[0]!).event.getFirstPropertyValue('uid');
    smtp.received.length = 0;
    const moved = await call(t, 'PATCH', `/api/interviews/${booked.id}`, { cookie: recruiter.cookie, payload: { startsAt: '2027-03-18T09:30', timeZone: 'Europe/Berlin', reason: 'Panel clash' } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ startsAt: '2027-03-18T08:30:00.000Z', calendarSequence: 1, status: 'rescheduled' });
    const update = calendarOf(mailsTo(smtp.received, 'sam@example.org')[0]!);
    expect(update.event.getFirstPropertyValue('uid')).toBe(uid);
    expect(update.event.getFirstPropertyValue('sequence')).toBe(1);
    expect(update.text).toContain('Panel clash');
    expect(update.text).toMatch(/Was: ~~Wednesday, 17 March 2027, 15:00/);

    smtp.received.length = 0;
    const cancelled = await call(t, 'POST', `/api/interviews/${booked.id}/cancel`, { cookie: recruiter.cookie, payload: { reason: 'Role filled' } });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const cancel = calendarOf(mailsTo(smtp.received, 'sam@example.org')[0]!);
    expect(cancel.part.headers['content-type']).toMatch(/method=CANCEL/i);
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel.event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancel.event.getFirstPropertyValue('sequence')).toBe(2);
    expect(cancel.event.getFirstPropertyValue('uid')).toBe(uid);
    const ics = await call(t, 'GET', `/api/interviews/${booked.id}/invite.ics`, { cookie: recruiter.cookie });
    expect(ics.body).toMatch(/METHOD:CANCEL\r\n/);
    expect(await findRemindersOf(t.database.db, booked.id)).toEqual([]);
  });

  it('sends a removed panelist a CANCEL naming only them, the rest an update', async () => {
    const booked = (await book({ ...valid(), candidateEmail: 'ola@example.org' })).json();
    smtp.received.length = 0;
    const response = await call(t, 'PUT', `/api/interviews/${booked.id}/panel`, { cookie: recruiter.cookie, payload: { panel: [{ email: panelist.email, role: 'lead' }] } });
    expect(response.statusCode, response.body).toBe(200);
    const removed = calendarOf(mailsTo(smtp.received, 'guest@partner.example')[0]!);
    expect(removed.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(removed.event.getFirstPropertyValue('status')).toBeNull();
    expect(removed.event.getAllProperties('attendee').map((a) => a.getFirstValue())).toEqual(['mailto:guest@partner.example']);
    const kept = calendarOf(mailsTo(smtp.received, 'ola@example.org')[0]!);
    expect(kept.event.getFirstPropertyValue('sequence')).toBe(1);
    expect(kept.event.getAllProperties('attendee')).toHaveLength(2);
  });

  it('refuses bad input with a 400 naming the field, and books nothing', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ timeZone: 'Mars/Olympus_Mons' }, /timeZone/],
      [{ timeZone: '+02:00' }, /timeZone: "\+02:00" is an offset/],
      [{ startsAt: '2027-03-17T15:00+02:00' }, /startsAt: the offset \+02:00 is not Europe\/Berlin's offset/],
      [{ startsAt: '2026-01-10T10:00' }, /startsAt: .* is in the past/],
      [{ startsAt: '2027-03-14T02:30', timeZone: 'America/New_York' }, /startsAt: 2027-03-14T02:30 does not exist/],
      [{ startsAt: '2027-11-07T01:30', timeZone: 'America/New_York' }, /startsAt: .* happens twice/],
      [{ candidateEmail: undefined }, /candidateEmail/],
      [{ panel: Array.from({ length: 50 }, (_, i) => ({ email: `p${i}@example.org` })) }, /panel/],
    ];
    const before = (await call(t, 'GET', `/api/workspaces/${workspaceId}/interviews`, { cookie: recruiter.cookie })).json().total;
    for (const [change, message] of cases) {
      const response = await book({ ...valid(), ...change });
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(message);
    }
    // The offset that disambiguates the repeated hour is accepted.
    const pinned = await book({ ...valid(), candidateEmail: 'pin@example.org', startsAt: '2027-11-07T01:30-05:00', timeZone: 'America/New_York' });
    expect(pinned.json().startsAt).toBe('2027-11-07T06:30:00.000Z');
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}/interviews`, { cookie: recruiter.cookie })).json().total).toBe(before + 1);
  });

  it('writes reminders 24 h and 1 h before, rewrites them on reschedule and sends each once, re-reading the interview', async () => {
    const booked = (await book({ ...valid(), candidateEmail: 'rem@example.org', startsAt: '2027-03-10T09:00', timeZone: 'Europe/Berlin' })).json();
    const rows = (await findRemindersOf(t.database.db, booked.id)).filter((r) => r.reminderType !== 'scorecard');
    // Candidate + guest by e-mail; Nora by e-mail and in-app; at 24 h and 1 h (and Nora's scorecard follow-up, apart).
    expect(rows).toHaveLength(8);
    expect(new Set(rows.map((r) => r.sendAt.toISOString()))).toEqual(new Set(['2027-03-09T08:00:00.000Z', '2027-03-10T07:00:00.000Z']));

    await call(t, 'PATCH', `/api/interviews/${booked.id}`, { cookie: recruiter.cookie, payload: { startsAt: '2027-03-10T11:00', timeZone: 'Europe/Berlin' } });
    const rewritten = (await findRemindersOf(t.database.db, booked.id)).filter((r) => r.reminderType !== 'scorecard');
    expect(new Set(rewritten.map((r) => r.sendAt.toISOString()))).toEqual(new Set(['2027-03-09T10:00:00.000Z', '2027-03-10T09:00:00.000Z']));

    const deps = createInterviewsDeps(t.runtime);
    clock = new Date('2027-03-09T10:00:30Z');
    smtp.received.length = 0;
    const first = await sendDueReminders(deps);
    expect(first.sent).toBe(4);
    expect(mailsTo(smtp.received, 'rem@example.org')).toHaveLength(1);
    expect(mimeParts(mailsTo(smtp.received, 'rem@example.org')[0]!.raw).map((p) => p.body).join('\n')).toMatch(/starts in 24h[\s\S]*When: Wednesday, 10 March 2027, 11:00 Europe\/Berlin[\s\S]*Join: https:\/\/meet\.example\/zoe-backend/);
    expect(await sendDueReminders(deps)).toEqual({ sent: 0, skipped: 0, gone: 0 });
    const bell = await call(t, 'GET', '/api/notifications', { cookie: panelist.cookie });
    expect(JSON.stringify(bell.json())).toMatch(/in 24h/);

    // Cancelled before the 1 h reminders: they are gone, nothing is sent.
    await call(t, 'POST', `/api/interviews/${booked.id}/cancel`, { cookie: recruiter.cookie, payload: {} });
    clock = new Date('2027-03-10T09:30:00Z');
    smtp.received.length = 0;
    await sendDueReminders(deps);
    expect(mailsTo(smtp.received, 'rem@example.org')).toHaveLength(0);
    clock = new Date('2027-03-01T09:00:00Z');
  });

  it('creates no reminder in the past and skips one whose interview has started', async () => {
    clock = new Date('2027-03-05T08:30:00Z');
    const soon = (await book({ ...valid(), candidateEmail: 'soon@example.org', startsAt: '2027-03-05T11:00', timeZone: 'Europe/Berlin' })).json();
    const rows = await findRemindersOf(t.database.db, soon.id);
    expect(new Set(rows.map((r) => r.reminderType))).toEqual(new Set(['1h', 'scorecard']));
    // The server was down through the 1 h mark and comes back after the start: recorded as skipped.
    clock = new Date('2027-03-05T10:10:00Z');
    const outcome = await sendDueReminders(createInterviewsDeps(t.runtime));
    expect(outcome.sent).toBe(0);
    expect((await findRemindersOf(t.database.db, soon.id)).filter((r) => r.reminderType === '1h').every((r) => r.state === 'skipped')).toBe(true);
    clock = new Date('2027-03-01T09:00:00Z');
  });
});
