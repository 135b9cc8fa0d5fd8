import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#server/config.ts';
import { selectRows, type Db } from '#server/db/client.ts';
import { startWorker } from '#server/main.ts';
import { call, signUp } from '#tests/support/auth-helpers.ts';
import { waitFor } from '#tests/support/hiring-http.ts';
import { startParleyWorker } from '#tests/support/parley-process.ts';
import { startSmtpServer } from '#tests/support/smtp-server.ts';
import { createTestApp } from '#tests/support/test-app.ts';
import { createSharedTestDatabase } from '#tests/support/test-database.ts';

const secret = 'test-secret-test-secret-test-secret-0123';

/** A real SMTP server that accepts the first `accept` messages and then never answers the DATA of the next ones. */
async function startStallingSmtp(accept: number) {
  const accepted: string[] = [];
  const stalled: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((rcpt) => rcpt.address).join(',');
      stream.resume();
      stream.on('end', () => {
        if (accepted.length < accept) {
          accepted.push(to);
          callback();
        } else stalled.push(to);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, accepted, stalled, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

type DueRow = { id: string; channel: string; recipient_email: string; recipient_user_id: string | null; interview_id: string; reminder_type: string; state: string };

const dueRows = (db: Db) => selectRows<DueRow>(db, sql`select id, channel, recipient_email, recipient_user_id, interview_id, reminder_type, state from interview_reminders where reminder_type = '24h'`);

/** A wall-clock time `hours` from now in Atlantic/Reykjavik (UTC all year), to the minute. */
function wallClockIn(hours: number): string {
  return new Date(Date.now() + hours * 3_600_000).toISOString().slice(0, 16);
}

describe('interview reminders when the worker is killed -9 while they are due (decision 018)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-killed-reminders-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('settles every reminder once: each in-app notification exactly once, each e-mail exactly once (the one in flight at the kill is sent again by the next process)', async () => {
    const shared = await createSharedTestDatabase(dataDir);
    try {
      // 1. Two interviews are booked by a process without workers (no job queued); their 24 h reminders fell due while
      //    no process ran (send_at moved into the past; the interviews start in 25 hours).
      const database = await shared.open();
      const app = await createTestApp({ PUBLIC_URL: 'https://parley.example' }, { reuse: { database, dataDir } });
      const recruiter = await signUp(app, { name: 'Rhea Recruiter' });
      const panelist = await signUp(app, { name: 'Pim Panelist' });
      const workspaceId = (await call(app, 'POST', '/api/workspaces', { cookie: recruiter.cookie, payload: { name: 'Killed reminders' } })).json<{ id: string }>().id;
      await database.db.execute(sql`insert into workspace_members (workspace_id, user_id, role) values (${workspaceId}, ${panelist.userId}, 'interviewer')`);
      for (const email of ['kim@example.org', 'lee@example.org']) {
        const booked = await call(app, 'POST', `/api/workspaces/${workspaceId}/interviews`, {
          cookie: recruiter.cookie,
          payload: { candidateName: email, candidateEmail: email, startsAt: wallClockIn(25), timeZone: 'Atlantic/Reykjavik', durationMinutes: 30, panel: [{ email: panelist.email }, { email: 'guest@partner.example' }] },
        });
        expect(booked.statusCode, booked.body).toBe(201);
      }
      await database.db.execute(sql`update interview_reminders set send_at = now() - interval '1 minute' where reminder_type = '24h'`);
      const planned = await dueRows(database.db);
      // Per interview: the candidate, the guest and Pim by e-mail, Pim in-app.
      expect(planned.filter((row) => row.channel === 'email')).toHaveLength(6);
      expect(planned.filter((row) => row.channel === 'in_app')).toHaveLength(2);
      await app.close();
      await database.close();

      // 2. A real `parley worker` queues them at start-up, sends two e-mails, and hangs on the third (the SMTP server
      //    never answers); it is killed -9 there.
      const stalling = await startStallingSmtp(2);
      const worker = startParleyWorker({ ...shared.env, DATA_DIR: dataDir, SERVER_SECRET: secret, SMTP_URL: stalling.url, MAIL_FROM: 'Parley <noreply@parley.test>', PUBLIC_URL: 'https://parley.example' });
      try {
        await waitFor(async () => stalling.stalled.length, (count) => count >= 1 || worker.child.exitCode !== null, 300_000);
        expect(worker.child.exitCode, worker.output()).toBeNull();
      } finally {
        await worker.stop('SIGKILL');
        await stalling.close();
      }
      expect(stalling.accepted).toHaveLength(2);
      expect(stalling.stalled).toHaveLength(1);

      // 3. The next process finishes the rest on a working SMTP server.
      const smtp = await startSmtpServer();
      const restarted = await startWorker(
        loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, SERVER_SECRET: secret, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Parley <noreply@parley.test>', PUBLIC_URL: 'https://parley.example', ...shared.env }),
      );
      try {
        const settled = await waitFor(() => dueRows(restarted.database.db), (rows) => rows.every((row) => row.state !== 'pending'), 120_000);
        expect(settled.every((row) => row.state === 'sent')).toBe(true);
        // Give a duplicate, were there one, the time to arrive.
        await new Promise((resolve) => setTimeout(resolve, 2000));

        // In-app: written in the transaction that settles the row, so exactly once per reminder.
        const [inApp] = await selectRows<{ total: number; distinct: number }>(
          restarted.database.db,
          sql`select count(*)::int as total, count(distinct event_key)::int as distinct from notifications where user_id = ${panelist.userId} and type = 'interview_reminder'`,
        );
        expect(inApp).toEqual({ total: 2, distinct: 2 });

        // E-mail: the two accepted before the kill and the rest after it, none twice; the one in flight at the kill
        // was in the outbox with the dead process's name, so the next process sent it again (decision 038).
        const delivered = [...stalling.accepted, ...smtp.received.map((mail) => mail.to.join(','))];
        expect(smtp.received).toHaveLength(4);
        const perRecipient = new Map<string, number>();
        for (const to of delivered) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
        const expected = new Map<string, number>();
        for (const row of settled.filter((r) => r.channel === 'email')) expected.set(row.recipient_email, (expected.get(row.recipient_email) ?? 0) + 1);
        expect(Object.fromEntries(perRecipient)).toEqual(Object.fromEntries(expected));
      } finally {
        await restarted.stop();
        await smtp.close();
      }
    } finally {
      await shared.dispose();
    }
  }, 720_000);
});
