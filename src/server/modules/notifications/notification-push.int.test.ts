import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '#server/db/client.ts';
import type { Notification } from '#shared/contracts/notifications.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { openEventStream } from '#tests/support/event-stream.ts';
import { waitFor } from '#tests/support/hiring-http.ts';
import { startParleyServer, type ParleyServer } from '#tests/support/parley-process.ts';
import { startSmtpServer, type SmtpServer } from '#tests/support/smtp-server.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { createSharedTestDatabase, type SharedTestDatabase } from '#tests/support/test-database.ts';
import { notify } from './notify.ts';

const secret = 'test-secret-test-secret-test-secret-0123';

async function listen(t: TestApp): Promise<string> {
  return t.app.listen({ host: '127.0.0.1', port: 0 });
}

async function mailDecided(t: TestApp, title: string): Promise<boolean> {
  const rows = await selectRows<{ decided: boolean }>(t.database.db, sql`select mail_decided_at is not null as decided from notifications where title = ${title}`);
  return rows[0]?.decided === true;
}

async function outboxCount(t: TestApp, subject: string): Promise<number> {
  const rows = await selectRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from mail_outbox where subject = ${subject}`);
  return rows[0]?.n ?? 0;
}

describe('notifications pushed to open tabs and mailed by preference', () => {
  let smtp: SmtpServer;
  let t: TestApp;
  let url: string;
  let ada: Caller;
  let bob: Caller;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Parley <noreply@parley.test>' });
    ada = await signUp(t, { name: 'Ada Stream' });
    bob = await signUp(t, { name: 'Bob Stream' });
    url = await listen(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends each new notification to its user’s open streams, once it commits, and to nobody else', async () => {
    const adaTab = await openEventStream(`${url}/api/notifications/stream`, { cookie: ada.cookie });
    const adaSecondTab = await openEventStream(`${url}/api/notifications/stream`, { cookie: ada.cookie });
    const bobTab = await openEventStream(`${url}/api/notifications/stream`, { cookie: bob.cookie });
    try {
      expect(adaTab.status).toBe(200);
      expect(adaTab.contentType).toMatch(/^text\/event-stream/);

      // Rolled back: never announced.
      await t.database.db
        .transaction(async (tx) => {
          await notify(tx, ada.userId, { type: 'batch_finished', eventKey: 'batch:rolled-back', title: 'Never happened', message: 'rolled back' });
          throw new Error('roll back');
        })
        .catch(() => undefined);
      await t.database.db.transaction(async (tx) => {
        await notify(tx, ada.userId, { type: 'batch_finished', eventKey: 'batch:7:finished', title: 'Screening finished: Backend', message: '20 CVs ranked, 1 failed', link: '/hiring/batches/7' });
      });

      const event = await adaTab.next();
      expect(event.event).toBe('notification');
      const pushed = JSON.parse(event.data) as Notification;
      expect(pushed).toMatchObject({ type: 'batch_finished', title: 'Screening finished: Backend', message: '20 CVs ranked, 1 failed', link: '/hiring/batches/7', readAt: null });
      expect(event.id).toBe(pushed.id);
      expect(JSON.parse((await adaSecondTab.next()).data)).toEqual(pushed);
      const listed = (await call(t, 'GET', '/api/notifications', { cookie: ada.cookie })).json<{ items: Notification[] }>().items;
      expect(listed.map((item) => item.title)).toEqual(['Screening finished: Backend']);
      expect(listed[0]).toEqual(pushed);

      // Bob's stream had nothing of Ada's: his first event is his own.
      await notify(t.database.db, bob.userId, { type: 'practice_report_ready', eventKey: 'practice:1:report', title: 'Bob’s report is ready', message: 'Rated 3 of 5' });
      expect(JSON.parse((await bobTab.next()).data)).toMatchObject({ title: 'Bob’s report is ready' });
      // The same event again notifies nobody: Ada's next event is the one after it.
      await notify(t.database.db, ada.userId, { type: 'batch_finished', eventKey: 'batch:7:finished', title: 'Screening finished: Backend', message: 'again' });
      await notify(t.database.db, ada.userId, { type: 'ticket_reply', eventKey: 'ticket:1:reply:1', title: 'Support answered', message: 'Try again now' });
      expect(JSON.parse((await adaTab.next()).data)).toMatchObject({ title: 'Support answered' });
    } finally {
      adaTab.close();
      adaSecondTab.close();
      bobTab.close();
    }
  });

  it('refuses the stream without a session', async () => {
    const response = await fetch(`${url}/api/notifications/stream`);
    expect(response.status).toBe(401);
  });

  it('mails a notification when mail is on, except the kinds the user muted', async () => {
    await waitFor(async () => smtp.received.filter((mail) => mail.to.includes(ada.email)).length, (n) => n >= 2);
    const toAda = smtp.received.filter((mail) => mail.to.includes(ada.email));
    expect(toAda.some((mail) => /Subject: Screening finished: Backend/.test(mail.raw))).toBe(true);
    expect(toAda.find((mail) => /Subject: Screening finished/.test(mail.raw))?.raw.replace(/=\r?\n/g, '')).toContain(`${t.config.publicUrl}/hiring/batches/7`);
    expect(await outboxCount(t, 'Never happened')).toBe(0);

    const prefs = (await call(t, 'GET', '/api/me/preferences', { cookie: ada.cookie })).json<Record<string, unknown>>();
    expect(prefs.emailMutedTypes).toEqual([]);
    const put = await call(t, 'PUT', '/api/me/preferences', { cookie: ada.cookie, payload: { ...prefs, emailMutedTypes: ['practice_report_ready'] } });
    expect(put.statusCode).toBe(200);
    await notify(t.database.db, ada.userId, { type: 'practice_report_ready', eventKey: 'practice:9:report', title: 'Muted report', message: 'Rated 4 of 5' });
    await notify(t.database.db, ada.userId, { type: 'batch_finished', eventKey: 'batch:8:finished', title: 'Second screening finished', message: '3 CVs ranked' });
    await waitFor(async () => (await mailDecided(t, 'Muted report')) && (await outboxCount(t, 'Second screening finished')) === 1, Boolean);
    expect(await outboxCount(t, 'Muted report')).toBe(0);

    // Mail off altogether: nothing, whatever the kind.
    await call(t, 'PUT', '/api/me/preferences', { cookie: ada.cookie, payload: { ...prefs, notificationsEmail: false } });
    await notify(t.database.db, ada.userId, { type: 'batch_finished', eventKey: 'batch:9:finished', title: 'Third screening, mail off', message: '1 CV ranked' });
    await waitFor(() => mailDecided(t, 'Third screening, mail off'), Boolean);
    expect(await outboxCount(t, 'Third screening, mail off')).toBe(0);

    const bad = await call(t, 'PUT', '/api/me/preferences', { cookie: ada.cookie, payload: { ...prefs, emailMutedTypes: ['no_such_kind'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/emailMutedTypes/);
  });
});

describe('notifications across API processes on one database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-push-'));
  let shared: SharedTestDatabase;
  let smtp: SmtpServer;
  let first: TestApp;
  /** The second process: a real `parley start` on a PostgreSQL server; on PGlite, which one process owns, a second app in it. */
  let second: { url: string; close(): Promise<void> };
  let recruiter: Caller;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    shared = await createSharedTestDatabase(dataDir);
    const env = { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Parley <noreply@parley.test>' };
    const database = await shared.open();
    first = await createTestApp(env, { reuse: { database, dataDir } });
    recruiter = await signUp(first, { name: 'Rita Recruiter' });
    if (process.env.DATABASE_URL) {
      const server: ParleyServer = await startParleyServer({ ...shared.env, ...env, SERVER_SECRET: secret, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'parley-push-b-')) });
      second = { url: server.url, close: async () => void (await server.stop()) };
    } else {
      const app = await createTestApp(env, { reuse: { database, dataDir } });
      second = { url: await listen(app), close: () => app.close() };
    }
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await first?.database.close();
    await shared?.dispose();
    await smtp?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('reaches a tab connected to the other process, and is mailed once', async () => {
    const tab = await openEventStream(`${second.url}/api/notifications/stream`, { cookie: recruiter.cookie });
    try {
      expect(tab.status).toBe(200);
      await first.database.db.transaction(async (tx) => {
        await notify(tx, recruiter.userId, { type: 'batch_finished', eventKey: 'batch:42:finished', title: 'Screening finished: Nurse', message: '12 CVs ranked', link: '/hiring/batches/42' });
      });
      expect(JSON.parse((await tab.next()).data)).toMatchObject({ title: 'Screening finished: Nurse', link: '/hiring/batches/42' });
      await waitFor(async () => smtp.received.filter((mail) => /Subject: Screening finished: Nurse/.test(mail.raw)).length, (n) => n >= 1);
      await waitFor(() => outboxCount(first, 'Screening finished: Nurse'), (n) => n >= 1);
      expect(await outboxCount(first, 'Screening finished: Nurse')).toBe(1);
      expect(smtp.received.filter((mail) => /Subject: Screening finished: Nurse/.test(mail.raw))).toHaveLength(1);
    } finally {
      tab.close();
    }
  });
});
