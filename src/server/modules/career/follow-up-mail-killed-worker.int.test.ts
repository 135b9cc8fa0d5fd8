import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#server/config.ts';
import { selectRows } from '#server/db/client.ts';
import { startWorker } from '#server/main.ts';
import { call, signUp } from '#tests/support/auth-helpers.ts';
import { waitFor } from '#tests/support/hiring-http.ts';
import { startParleyWorker } from '#tests/support/parley-process.ts';
import { startSmtpServer } from '#tests/support/smtp-server.ts';
import { createTestApp } from '#tests/support/test-app.ts';
import { createSharedTestDatabase } from '#tests/support/test-database.ts';

const secret = 'test-secret-test-secret-test-secret-0123';
const from = 'Parley <noreply@parley.test>';

/** A real SMTP server that reads every message and never acknowledges one: the sender is stuck mid-send. */
async function startStallingSmtp() {
  const stalled: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => stalled.push(Buffer.concat(chunks).toString('utf8')));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, stalled, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const messageIdOf = (raw: string) => /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1];
const subjectOf = (raw: string) => /^Subject:\s*(.+)$/im.exec(raw)?.[1]?.trim();

describe('a worker killed -9 while it sends a follow-up mail (decision 038)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-killed-mail-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('leaves the mail recorded, and the next process sends it: each follow-up once, its mail once, with one Message-ID', async () => {
    const shared = await createSharedTestDatabase(dataDir);
    try {
      // 1. Two applications whose follow-ups (by e-mail) fell due while no worker ran.
      const database = await shared.open();
      const app = await createTestApp({}, { reuse: { database, dataDir } });
      const maya = await signUp(app, { name: 'Maya Lindqvist' });
      const preferences = { theme: 'auto', language: 'en', notificationsEmail: false, notificationsBrowser: true, timezone: null, dateFormat: null };
      expect((await call(app, 'PUT', '/api/me/preferences', { cookie: maya.cookie, payload: preferences })).statusCode).toBe(200);
      const applicationIds: string[] = [];
      for (const company of ['Brightline Software', 'Northwind Health']) {
        const posting = (await call(app, 'POST', '/api/career/job-postings', { cookie: maya.cookie, payload: { text: `Account Executive at ${company}. Salesforce.` } })).json<{ id: string }>().id;
        await call(app, 'PATCH', `/api/career/job-postings/${posting}`, { cookie: maya.cookie, payload: { jobTitle: 'Account Executive', companyName: company } });
        const created = await call(app, 'POST', '/api/career/applications', { cookie: maya.cookie, payload: { jobPostingId: posting, status: 'applied', followUpAfterDays: 1, followUpByEmail: true } });
        expect(created.statusCode, created.body).toBe(201);
        const application = created.json<{ id: string; history: { id: string }[] }>();
        const moved = await call(app, 'PATCH', `/api/career/applications/${application.id}/stages/${application.history[0]!.id}`, { cookie: maya.cookie, payload: { at: new Date(Date.now() - 3 * 86_400_000).toISOString() } });
        expect(moved.statusCode, moved.body).toBe(200);
        applicationIds.push(application.id);
      }
      await app.close();
      await database.close();

      // 2. A worker picks the follow-ups up at start-up; its SMTP server takes the first message and never answers. Killed -9 there.
      const stalling = await startStallingSmtp();
      const worker = startParleyWorker({ ...shared.env, DATA_DIR: dataDir, SERVER_SECRET: secret, SMTP_URL: stalling.url, MAIL_FROM: from });
      let firstAttempt: string | undefined;
      try {
        await waitFor(async () => stalling.stalled.length, (count) => count >= 1 || worker.child.exitCode !== null, 300_000);
        expect(worker.child.exitCode, worker.output()).toBeNull();
        firstAttempt = stalling.stalled[0];
      } finally {
        await worker.stop('SIGKILL');
        await stalling.close();
      }
      expect(messageIdOf(firstAttempt ?? '')).toMatch(/^<[0-9a-f-]{36}@parley\.test>$/);

      // 3. The next process sends the mail the killed one left, and the follow-up it never reached: each exactly once.
      const smtp = await startSmtpServer();
      const restarted = await startWorker(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, SERVER_SECRET: secret, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: from, ...shared.env }));
      try {
        await waitFor(async () => smtp.received.length, (count) => count >= 2, 120_000);
        // Anything still to come would arrive within a few polls; none may.
        await new Promise((resolve) => setTimeout(resolve, 3000));
        const subjects = smtp.received.map((mail) => subjectOf(mail.raw)).sort();
        expect(subjects).toEqual(['Follow up: Account Executive at Brightline Software', 'Follow up: Account Executive at Northwind Health']);
        const resent = smtp.received.find((mail) => subjectOf(mail.raw) === subjectOf(firstAttempt!));
        expect(messageIdOf(resent!.raw)).toBe(messageIdOf(firstAttempt!));

        const outbox = await selectRows<{ sent: boolean; message_id: string }>(restarted.database.db, sql`select sent_at is not null as sent, message_id from mail_outbox where subject like 'Follow up:%'`);
        expect(outbox).toHaveLength(2);
        expect(outbox.every((row) => row.sent)).toBe(true);
        expect(new Set(outbox.map((row) => row.message_id))).toEqual(new Set(smtp.received.map((mail) => messageIdOf(mail.raw))));
        const [counts] = await selectRows<{ notifications: number; settled: number }>(
          restarted.database.db,
          sql`select (select count(*)::int from notifications where user_id = ${maya.userId} and type = 'application_follow_up') as notifications,
                     (select count(*)::int from job_applications where id in (${sql.join(applicationIds.map((id) => sql`${id}::uuid`), sql`, `)}) and follow_up_sent_at is not null) as settled`,
        );
        expect(counts).toEqual({ notifications: 2, settled: 2 });
      } finally {
        await restarted.stop();
        await smtp.close();
      }
    } finally {
      await shared.dispose();
    }
  }, 720_000);
});
