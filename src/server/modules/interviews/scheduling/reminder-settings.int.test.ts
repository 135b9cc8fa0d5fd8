import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, users, workspaceMembers } from '#server/db/schema/index.ts';
import { createInterviewsDeps, sendDueReminders } from '#server/modules/interviews/index.ts';
import { findRemindersOf } from '#server/modules/interviews/scheduling/reminders.repo.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { startSmtpServer } from '#tests/support/smtp-server.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

// The app's clock: frozen, moved by the tests.
let clock = new Date('2027-03-01T09:00:00Z');

describe('reminder settings per workspace, and the scorecard follow-up', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let t: TestApp;
  let owner: Caller;
  let nora: Caller;
  let pat: Caller;
  let workspaceId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Parley <noreply@parley.test>', PUBLIC_URL: 'https://parley.example' }, { now: () => clock });
    owner = await signUp(t, { name: 'Olga Owner' });
    nora = await signUp(t, { name: 'Nora Panel' });
    pat = await signUp(t, { name: 'Pat Panel' });
    workspaceId = (await call(t, 'POST', '/api/workspaces', { cookie: owner.cookie, payload: { name: 'Reminders Inc' } })).json<{ id: string }>().id;
    await t.database.db.insert(workspaceMembers).values([
      { workspaceId, userId: nora.userId, role: 'interviewer' },
      { workspaceId, userId: pat.userId, role: 'recruiter' },
    ]);
    await t.database.db.update(users).set({ timezone: 'Europe/Berlin' }).where(eq(users.id, nora.userId));
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const settingsUrl = () => `/api/workspaces/${workspaceId}/interview-settings`;
  const book = (payload: Record<string, unknown>) =>
    call(t, 'POST', `/api/workspaces/${workspaceId}/interviews`, {
      cookie: owner.cookie,
      payload: { candidateName: 'Cleo Candidate', timeZone: 'Europe/Berlin', durationMinutes: 45, panel: [{ email: nora.email, role: 'lead' }, { email: pat.email }], ...payload },
    });
  const sendTimes = async (interviewId: string, type?: string) =>
    new Set((await findRemindersOf(t.database.db, interviewId)).filter((row) => !type || row.reminderType === type).map((row) => `${row.reminderType}@${row.sendAt.toISOString()}`));

  it('starts from the installation setting, which the administrator changes in the settings store', async () => {
    const initial = await call(t, 'GET', settingsUrl(), { cookie: nora.cookie });
    expect(initial.statusCode, initial.body).toBe(200);
    expect(initial.json()).toEqual({
      reminderOffsetsMinutes: [1440, 60],
      scorecardReminderHours: 24,
      own: { reminderOffsetsMinutes: null, scorecardReminderHours: null },
      installation: { reminderOffsetsMinutes: [1440, 60], scorecardReminderHours: 24 },
    });
    // The first account is the administrator: the admin page lists the registry setting and stores a new value.
    const listed = (await call(t, 'GET', '/api/admin/settings?limit=100', { cookie: owner.cookie })).json<{ items: { key: string; env: string }[] }>();
    expect(listed.items.find((item) => item.key === 'interviews.reminder-offsets')).toMatchObject({ env: 'INTERVIEW_REMINDER_MINUTES' });
    const refused = await call(t, 'PUT', '/api/admin/settings/interviews.reminder-offsets', { cookie: owner.cookie, payload: { value: [60, 60] } });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toMatch(/must not repeat a time/);
    expect((await call(t, 'PUT', '/api/admin/settings/interviews.reminder-offsets', { cookie: owner.cookie, payload: { value: [2880, 30] } })).statusCode).toBe(200);
    const booked = (await book({ candidateEmail: 'inst@example.org', startsAt: '2027-03-10T09:00' })).json<{ id: string }>();
    expect(await sendTimes(booked.id)).toEqual(new Set(['48h@2027-03-08T08:00:00.000Z', '30m@2027-03-10T07:30:00.000Z', 'scorecard@2027-03-11T08:45:00.000Z']));
  });

  it('lets an owner set the workspace its own offsets, refusing bad values with a 400 naming the field', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ reminderOffsetsMinutes: [-5] }, /reminderOffsetsMinutes\.0.*at least 1 minute/],
      [{ reminderOffsetsMinutes: [20_161] }, /reminderOffsetsMinutes\.0.*at most 20160 minutes/],
      [{ reminderOffsetsMinutes: [60, 60] }, /reminderOffsetsMinutes.*must not repeat a time/],
      [{ reminderOffsetsMinutes: [1.5] }, /reminderOffsetsMinutes\.0.*whole minutes/],
      [{ scorecardReminderHours: 400 }, /scorecardReminderHours.*at most 336/],
      [{ reminderEvery: 3 }, /reminderEvery/],
    ];
    for (const [payload, message] of cases) {
      const response = await call(t, 'PATCH', settingsUrl(), { cookie: owner.cookie, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(message);
    }
    // A recruiter or an interviewer may read them, not change them.
    expect((await call(t, 'PATCH', settingsUrl(), { cookie: pat.cookie, payload: { reminderOffsetsMinutes: [15] } })).statusCode).toBe(403);
    expect((await call(t, 'GET', settingsUrl(), { cookie: owner.cookie })).json().own).toEqual({ reminderOffsetsMinutes: null, scorecardReminderHours: null });

    const saved = await call(t, 'PATCH', settingsUrl(), { cookie: owner.cookie, payload: { reminderOffsetsMinutes: [15, 180], scorecardReminderHours: 2 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ reminderOffsetsMinutes: [180, 15], scorecardReminderHours: 2, installation: { reminderOffsetsMinutes: [2880, 30] } });
  });

  it('books and reschedules with the workspace offsets, and never plans one in the past', async () => {
    const booked = (await book({ candidateEmail: 'ws@example.org', startsAt: '2027-03-10T09:00' })).json<{ id: string }>();
    expect(await sendTimes(booked.id)).toEqual(new Set(['3h@2027-03-10T05:00:00.000Z', '15m@2027-03-10T07:45:00.000Z', 'scorecard@2027-03-10T10:45:00.000Z']));
    const rows = await findRemindersOf(t.database.db, booked.id);
    // Candidate by e-mail; Nora and Pat by e-mail and in-app: five per offset; one scorecard follow-up per member panelist.
    expect(rows.filter((row) => row.reminderType === '3h')).toHaveLength(5);
    expect(rows.filter((row) => row.reminderType === 'scorecard').map((row) => row.recipientEmail).sort()).toEqual([nora.email, pat.email].sort());

    clock = new Date('2027-03-10T06:00:00Z');
    await call(t, 'PATCH', `/api/interviews/${booked.id}`, { cookie: owner.cookie, payload: { startsAt: '2027-03-10T09:30', timeZone: 'Europe/Berlin' } });
    // 3 h before 08:30 UTC is 05:30, already past: only the 15-minute reminder and the follow-up are written.
    expect(await sendTimes(booked.id)).toEqual(new Set(['15m@2027-03-10T08:15:00.000Z', 'scorecard@2027-03-10T11:15:00.000Z']));
    clock = new Date('2027-03-01T09:00:00Z');

    // Back to the installation's offsets.
    const reset = await call(t, 'PATCH', settingsUrl(), { cookie: owner.cookie, payload: { reminderOffsetsMinutes: null } });
    expect(reset.json()).toMatchObject({ reminderOffsetsMinutes: [2880, 30], scorecardReminderHours: 2, own: { reminderOffsetsMinutes: null, scorecardReminderHours: 2 } });
  });

  it('reminds each panelist without a submitted scorecard once, N hours after the end; none for a cancelled interview', async () => {
    await call(t, 'PATCH', settingsUrl(), { cookie: owner.cookie, payload: { reminderOffsetsMinutes: [60] } });
    const held = (await book({ candidateEmail: 'held@example.org', startsAt: '2027-03-12T09:00' })).json<{ id: string }>();
    const dropped = (await book({ candidateEmail: 'dropped@example.org', startsAt: '2027-03-12T14:00' })).json<{ id: string }>();
    const deps = createInterviewsDeps(t.runtime);

    // Nora submits hers; Pat does not.
    const submitted = await call(t, 'PUT', `/api/interviews/${held.id}/scorecard`, { cookie: nora.cookie, payload: { notes: 'Clear thinker.', recommendation: 'advance', submit: true } });
    expect(submitted.statusCode, submitted.body).toBe(200);
    await call(t, 'POST', `/api/interviews/${dropped.id}/cancel`, { cookie: owner.cookie, payload: {} });
    expect(await sendTimes(dropped.id)).toEqual(new Set());

    // Just before the follow-up (end 08:45 UTC + 2 h): nothing for scorecards yet.
    clock = new Date('2027-03-12T10:44:00Z');
    await sendDueReminders(deps);
    const scorecardNotes = async (userId: string) =>
      (await t.database.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.type, 'scorecard_reminder')))).filter((row) => row.link?.includes(held.id));
    expect(await scorecardNotes(pat.userId)).toHaveLength(0);

    clock = new Date('2027-03-12T10:46:00Z');
    await sendDueReminders(deps);
    await sendDueReminders(deps);
    expect(await scorecardNotes(pat.userId)).toHaveLength(1);
    expect(await scorecardNotes(nora.userId)).toHaveLength(0);
    const followUps = (await findRemindersOf(t.database.db, held.id)).filter((row) => row.reminderType === 'scorecard');
    expect(Object.fromEntries(followUps.map((row) => [row.recipientEmail, row.state]))).toEqual({ [nora.email]: 'skipped', [pat.email]: 'sent' });
    clock = new Date('2027-03-01T09:00:00Z');
  });
});
