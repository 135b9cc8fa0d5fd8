import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cvUploads } from '#server/db/schema/index.ts';
import { createCareerDeps, sendFollowUp } from '#server/modules/career/index.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { startSmtpServer, type SmtpServer } from '#tests/support/smtp-server.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

describe('the applications pipeline: search, timeline dates, the frozen CV, follow-up reminders and the CSV export', () => {
  let smtp: SmtpServer;
  let t: TestApp;
  let maya: Caller;
  let other: Caller;
  let clock = new Date('2026-11-02T09:00:00Z');
  /** A pasted posting, its title and company then set by the user (pasted text names no company field). */
  const posting = async (text: string) => {
    const id = (await call(t, 'POST', '/api/career/job-postings', { cookie: maya.cookie, payload: { text } })).json().id as string;
    const [jobTitle, companyName] = text.split('.')[0]!.split(' at ');
    await call(t, 'PATCH', `/api/career/job-postings/${id}`, { cookie: maya.cookie, payload: { jobTitle, companyName } });
    return id;
  };
  const create = async (payload: Record<string, unknown>) => call(t, 'POST', '/api/career/applications', { cookie: maya.cookie, payload });
  const patch = (id: string, payload: unknown, who = maya) => call(t, 'PATCH', `/api/career/applications/${id}`, { cookie: who.cookie, payload });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Parley <noreply@parley.test>' }, { now: () => clock });
    maya = await signUp(t, { name: 'Maya Lindqvist' });
    other = await signUp(t, { name: 'Otto Other' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('keeps the contract: 201 {id}; PATCH {status} → {id, status, history [{status, at}]}; unknown status 400 naming it; another user 404', async () => {
    const jobPostingId = await posting('Data Analyst at Acme Retail, Manchester. SQL and dbt.');
    const created = await create({ jobPostingId, status: 'saved' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const moved = await patch(id, { status: 'applied' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ id, status: 'applied', history: [{ status: 'saved', at: expect.any(String) }, { status: 'applied', at: expect.any(String) }] });
    const unknown = await create({ jobPostingId: await posting('Clerk at Globex.'), status: 'ghosted' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('status');
    expect((await patch(id, { status: 'rejected' }, other)).statusCode).toBe(404);
  });

  it('searches title, company and notes, and filters by status', async () => {
    const id = (await create({ jobPostingId: await posting('Payroll Officer at Harbour Council. Excel.'), status: 'screening', notes: 'Recruiter: Priya, call back Thursday' })).json().id;
    const byNotes = (await call(t, 'GET', '/api/career/applications?q=priya', { cookie: maya.cookie })).json();
    expect(byNotes.items.map((item: { id: string }) => item.id)).toEqual([id]);
    expect((await call(t, 'GET', '/api/career/applications?q=Harbour&status=screening', { cookie: maya.cookie })).json().total).toBe(1);
    expect((await call(t, 'GET', '/api/career/applications?q=Harbour&status=offer', { cookie: maya.cookie })).json().total).toBe(0);
    expect((await call(t, 'GET', '/api/career/applications?q=priya', { cookie: other.cookie })).json().total).toBe(0);
  });

  it('lets a stage date be corrected afterwards, and the applied date edited', async () => {
    const app = (await create({ jobPostingId: await posting('Warehouse Supervisor at Kestrel Logistics. Forklift licence.'), status: 'applied' })).json();
    const stage = app.history[0];
    const corrected = await call(t, 'PATCH', `/api/career/applications/${app.id}/stages/${stage.id}`, { cookie: maya.cookie, payload: { at: '2026-10-28T10:30:00+01:00' } });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().history[0]).toEqual({ id: stage.id, status: 'applied', at: '2026-10-28T09:30:00.000Z' });
    expect((await patch(app.id, { appliedDate: '2026-10-28' })).json().appliedDate).toBe('2026-10-28');
    const bad = await call(t, 'PATCH', `/api/career/applications/${app.id}/stages/${stage.id}`, { cookie: maya.cookie, payload: { at: 'last Tuesday' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('at');
    expect((await call(t, 'PATCH', `/api/career/applications/${app.id}/stages/${stage.id}`, { cookie: other.cookie, payload: { at: '2026-10-01T00:00:00Z' } })).statusCode).toBe(404);
  });

  it('keeps the CV sent frozen: a later change to that CV version does not change the copy', async () => {
    const { multipartBody } = await import('#tests/support/hiring-http.ts');
    const cv = await multipartBody([{ name: 'maya-cv-2026.txt', data: Buffer.from('Maya Lindqvist\nSenior Data Analyst\nSkills: SQL, dbt, Power BI\n'), type: 'text/plain' }], 'file');
    const uploaded = await t.app.inject({ method: 'POST', url: '/api/profile/cvs', payload: cv.payload, headers: { ...cv.headers, origin: t.config.publicUrl, cookie: maya.cookie } });
    const cvId = uploaded.json().id as string;
    const app = (await create({ jobPostingId: await posting('BI Developer at Northwind Health. Power BI.'), status: 'applied', cvId })).json();
    expect(app.cv).toEqual({ fileName: 'maya-cv-2026.txt', text: expect.stringContaining('Senior Data Analyst') });
    // The version is edited afterwards (its text re-read, renamed): the application still has what was sent.
    await t.database.db.update(cvUploads).set({ text: 'Maya Lindqvist\nHead of Data\n', fileName: 'maya-cv-2027.txt' }).where(eq(cvUploads.id, cvId));
    const reread = (await call(t, 'GET', `/api/career/applications/${app.id}`, { cookie: maya.cookie })).json();
    expect(reread.cv).toEqual({ fileName: 'maya-cv-2026.txt', text: expect.stringContaining('Senior Data Analyst') });
    expect(reread.cv.text).not.toContain('Head of Data');
  });

  it('reminds once, in the app and by e-mail when asked, N days after applying without a reply', async () => {
    clock = new Date('2026-11-02T09:00:00Z');
    const jobPostingId = await posting('Account Executive at Brightline Software. Salesforce.');
    // Notifications are not mailed in general (preferences): the reminder is, because this application asks for it.
    const preferences = { theme: 'auto', language: 'en', notificationsEmail: false, notificationsBrowser: true, timezone: null, dateFormat: null };
    expect((await call(t, 'PUT', '/api/me/preferences', { cookie: maya.cookie, payload: preferences })).statusCode).toBe(200);
    const app = (await create({ jobPostingId, status: 'applied', followUpAfterDays: 7, followUpByEmail: true })).json();
    expect(app.followUpDueAt).toBe('2026-11-09T09:00:00.000Z');
    const deps = createCareerDeps(t.runtime);
    expect(await sendFollowUp(deps, app.id)).toBe('not_due');
    clock = new Date('2026-11-10T08:00:00Z');
    expect(await sendFollowUp(deps, app.id)).toBe('sent');
    expect(await sendFollowUp(deps, app.id)).toBe('not_due');
    const bell = (await call(t, 'GET', '/api/notifications', { cookie: maya.cookie })).json();
    const reminders = bell.items.filter((item: { type: string }) => item.type === 'application_follow_up');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ title: 'Follow up: Account Executive at Brightline Software', link: `/career/applications/${app.id}` });
    await expect.poll(() => smtp.received.filter((mail) => mail.raw.includes('Follow up: Account Executive')).length, { timeout: 10_000 }).toBe(1);
    expect((await call(t, 'GET', `/api/career/applications/${app.id}`, { cookie: maya.cookie })).json()).toMatchObject({ followUpDueAt: null, followUpSentAt: '2026-11-10T08:00:00.000Z' });

    // A reply (screening) before the time: no reminder.
    clock = new Date('2026-11-02T09:00:00Z');
    const replied = (await create({ jobPostingId: await posting('Staff Accountant at Fjord Freight. Xero.'), status: 'applied', followUpAfterDays: 3 })).json();
    await patch(replied.id, { status: 'screening' });
    clock = new Date('2026-11-20T09:00:00Z');
    expect(await sendFollowUp(deps, replied.id)).toBe('not_due');
    expect((await call(t, 'GET', '/api/notifications', { cookie: maya.cookie })).json().items.filter((item: { type: string }) => item.type === 'application_follow_up')).toHaveLength(1);
  });

  it('exports CSV with the stage history and a date filter, neutralising cells a spreadsheet would run', async () => {
    clock = new Date('2026-11-03T09:00:00Z');
    const jobPostingId = await posting('=HYPERLINK("http://evil.example","click") at Evil Corp. Excel.');
    const app = (await create({ jobPostingId, status: 'applied', appliedDate: '2026-11-03', notes: '+44 20 7946 0000, ask for "Sam"' })).json();
    clock = new Date('2026-11-12T09:00:00Z');
    await patch(app.id, { status: 'interviewing' });
    const csv = await call(t, 'GET', '/api/career/applications/export.csv?from=2026-11-03&to=2026-11-03', { cookie: maya.cookie });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('Job title,Company,Posting address,Status,Applied on,Stage history,Notes');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('interviewing,2026-11-03,applied (2026-11-03) → interviewing (2026-11-12),');
    expect(lines[1]).toContain(`"'+44 20 7946 0000, ask for ""Sam"""`);
    expect(lines[1]).not.toMatch(/(^|,)"?[=+\-@]/);
    expect((await call(t, 'GET', '/api/career/applications/export.csv?from=2026-12-01', { cookie: maya.cookie })).body.trim().split('\r\n')).toHaveLength(1);
    const backwards = await call(t, 'GET', '/api/career/applications/export.csv?from=2026-12-01&to=2026-11-01', { cookie: maya.cookie });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.message).toContain('to');
    expect((await call(t, 'GET', '/api/career/applications/export.csv', { cookie: other.cookie })).body.trim().split('\r\n')).toHaveLength(1);
  });
});
