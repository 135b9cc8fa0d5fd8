import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { insertWorkspace } from '#tests/support/hiring-seed.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { candidates, jobs, mailOutbox, notifications, resumes } from '#server/db/schema/index.ts';
import { createStorage } from '#server/platform/storage/index.ts';
import type { RetentionReport } from '#shared/contracts/retention.ts';

const dayMs = 24 * 60 * 60 * 1000;
// The process's clock: frozen two years from now, so every period below is measured from it.
const now = new Date(Date.now() + 2 * 365 * dayMs);
const daysAgo = (days: number) => new Date(now.getTime() - days * dayMs);

describe('data retention: each kind removed after its period, from the database and from storage, and nothing else', () => {
  let t: TestApp;
  let admin: Caller;
  let user: Caller;
  let storageDir: string;
  const files: Record<string, string> = {};

  async function storeFile(name: string, storedAt: Date): Promise<string> {
    const storage = createStorage(t.config.storage);
    const stored = await storage.put(Buffer.from(`${name} ${Math.random()}`));
    fs.utimesSync(path.join(storageDir, stored.key.slice(0, 2), stored.key.slice(2, 4), stored.key), storedAt, storedAt);
    files[name] = stored.key;
    return stored.key;
  }
  const fileExists = (name: string) => fs.existsSync(path.join(storageDir, files[name]!.slice(0, 2), files[name]!.slice(2, 4), files[name]!));

  async function insertJobWithCandidate(workspaceId: string, status: 'open' | 'closed', changedAt: Date, cvFile: string) {
    const [job] = await t.database.db.insert(jobs).values({ workspaceId, title: `Accountant (${status})`, description: 'Month-end close.', status, updatedAt: changedAt }).returning({ id: jobs.id });
    const [resume] = await t.database.db.insert(resumes).values({ workspaceId, fileName: `${status}.pdf`, storagePath: cvFile }).returning({ id: resumes.id });
    await t.database.db.insert(candidates).values({ workspaceId, jobId: job!.id, resumeId: resume!.id });
    // updated_at follows every write: set it back to when the job was really last changed.
    await t.database.db.update(jobs).set({ updatedAt: changedAt }).where(eq(jobs.id, job!.id));
    return { jobId: job!.id, resumeId: resume!.id };
  }

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => now });
    if (t.config.storage.driver !== 'local') throw new Error('this test reads the local storage folder');
    storageDir = t.config.storage.dir;
    admin = await signUp(t, { name: 'Ada Admin' });
    user = await signUp(t, { name: 'Uma User', email: 'uma.user@example.test' });
    const { db } = t.database;
    await db.insert(notifications).values([
      { userId: user.userId, type: 'ticket_reply', eventKey: 'old', title: 'Old', message: 'from long ago', createdAt: daysAgo(200) },
      { userId: user.userId, type: 'ticket_reply', eventKey: 'recent', title: 'Recent', message: 'from last week', createdAt: daysAgo(7) },
    ]);
    // The sign-ups' own mail was written at the real time, two years before the frozen clock: start from an empty outbox.
    await db.delete(mailOutbox);
    await db.insert(mailOutbox).values([
      { toAddress: 'old@example.test', subject: 'Old', textBody: 'x', kind: 'verification', transport: 'outbox', createdAt: daysAgo(100) },
      { toAddress: 'recent@example.test', subject: 'Recent', textBody: 'x', kind: 'verification', transport: 'outbox', createdAt: daysAgo(10) },
    ]);
    const workspaceId = await insertWorkspace(db, admin);
    await insertJobWithCandidate(workspaceId, 'closed', daysAgo(40), await storeFile('closed-job-cv', daysAgo(60)));
    await insertJobWithCandidate(workspaceId, 'open', daysAgo(40), await storeFile('open-job-cv', daysAgo(60)));
    await storeFile('unsubmitted-recording', new Date(now.getTime() - 30 * 60 * 60 * 1000));
    await storeFile('recording-in-progress', new Date(now.getTime() - 2 * 60 * 60 * 1000));
  });
  afterAll(async () => t.close());

  const kinds = (report: RetentionReport) => Object.fromEntries(report.kinds.map((kind) => [kind.kind, kind.count]));

  it('shows what would go in a dry run, and removes nothing', async () => {
    const response = await call(t, 'GET', '/api/admin/retention', { cookie: admin.cookie });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<RetentionReport>();
    expect(report.dryRun).toBe(true);
    // Closed jobs are kept by default: only the old notification, the old mail and the unused recording.
    expect(kinds(report)).toEqual({ notifications: 1, outbox_mail: 1, closed_job_candidates: 0, unused_files: 1 });
    expect(report.kinds.find((kind) => kind.kind === 'closed_job_candidates')?.rule).toContain('off');
    expect(fileExists('unsubmitted-recording')).toBe(true);
    expect(await t.database.db.$count(notifications)).toBe(2);
    expect((await call(t, 'GET', '/api/admin/retention', { cookie: user.cookie })).statusCode).toBe(403);
  });

  it('removes each kind after its period, from the rows and from storage, and keeps everything else', async () => {
    const enable = await call(t, 'PUT', '/api/admin/settings/retention.closed-job-days', { cookie: admin.cookie, payload: { value: 30 } });
    expect(enable.statusCode, enable.body).toBe(200);
    const run = await call(t, 'POST', '/api/admin/retention/run', { cookie: admin.cookie });
    expect(run.statusCode, run.body).toBe(200);
    // The closed job's CV became unused when its candidate went, and was stored long ago: swept in the same run.
    expect(kinds(run.json<RetentionReport>())).toEqual({ notifications: 1, outbox_mail: 1, closed_job_candidates: 1, unused_files: 2 });

    const { db } = t.database;
    expect((await db.select({ title: notifications.title }).from(notifications)).map((row) => row.title)).toEqual(['Recent']);
    expect((await db.select({ to: mailOutbox.toAddress }).from(mailOutbox)).map((row) => row.to)).not.toContain('old@example.test');
    expect((await db.select({ to: mailOutbox.toAddress }).from(mailOutbox)).map((row) => row.to)).toContain('recent@example.test');
    expect((await db.select({ name: resumes.fileName }).from(resumes)).map((row) => row.name)).toEqual(['open.pdf']);
    expect(await db.$count(candidates)).toBe(1);
    expect(await db.$count(jobs)).toBe(2);
    expect(fileExists('closed-job-cv')).toBe(false);
    expect(fileExists('unsubmitted-recording')).toBe(false);
    expect(fileExists('open-job-cv')).toBe(true);
    expect(fileExists('recording-in-progress')).toBe(true);

    const again = await call(t, 'POST', '/api/admin/retention/run', { cookie: admin.cookie });
    expect(kinds(again.json<RetentionReport>())).toEqual({ notifications: 0, outbox_mail: 0, closed_job_candidates: 0, unused_files: 0 });
  });

  it('refuses a period out of range, naming the rule', async () => {
    const response = await call(t, 'PUT', '/api/admin/settings/retention.unused-file-hours', { cookie: admin.cookie, payload: { value: 0 } });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('at least 1');
  });
});
