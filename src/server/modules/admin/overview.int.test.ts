import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { defineJob } from '#server/platform/queue/job-definition.ts';
import type { AdminOverview, FailedJobPage } from '#shared/contracts/admin.ts';

/** A job that fails on its first run and succeeds once an administrator has fixed what it needed (here: a flag). */
let fixed = false;
const handled: string[] = [];
const flakyJob = defineJob({
  name: 'test.flaky',
  schema: z.object({ label: z.string() }),
  retryLimit: 0,
  handler: async ({ label }) => {
    if (!fixed) throw new Error(`the mail server refused ${label}`);
    handled.push(label);
  },
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let tries = 0; tries < 200; tries += 1) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out waiting');
}

describe("the administrator's overview and failed background jobs", () => {
  let t: TestApp;
  let admin: Caller;
  let user: Caller;
  beforeAll(async () => {
    t = await createTestApp({}, { withQueue: true });
    admin = await signUp(t, { name: 'Ada Admin' });
    user = await signUp(t, { name: 'Uma User', email: 'uma.user@example.test' });
    await t.queue!.register([flakyJob]);
    await t.queue!.work([flakyJob]);
  });
  afterAll(async () => t.close());

  const overview = async () => (await call(t, 'GET', '/api/admin/overview', { cookie: admin.cookie })).json<AdminOverview>();
  const failed = async () => (await call(t, 'GET', '/api/admin/jobs/failed', { cookie: admin.cookie })).json<FailedJobPage>();

  it('shows the installation at a glance, to administrators only', async () => {
    const response = await call(t, 'GET', '/api/admin/overview', { cookie: admin.cookie });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<AdminOverview>();
    expect(body).toMatchObject({
      database: { kind: t.database.kind },
      mail: { smtpConfigured: false, failedLast24h: 0, lastError: null },
      storage: { driver: 'local' },
      ai: { llm: null, embeddingsModel: null },
      users: { total: 2, signedInLast7Days: 2 },
      openTickets: 0,
      queue: { failed: 0 },
    });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(JSON.stringify(body)).not.toContain('test-secret');
    expect((await call(t, 'GET', '/api/admin/overview', { cookie: user.cookie })).statusCode).toBe(403);
    expect((await call(t, 'GET', '/api/admin/jobs/failed', { cookie: user.cookie })).statusCode).toBe(403);
  });

  it('lists a failed job with its error, runs it again, and discards another; each in the audit log', async () => {
    const first = await t.queue!.send(flakyJob, { label: 'invoice-1' });
    const second = await t.queue!.send(flakyJob, { label: 'invoice-2' });
    const page = await until(failed, (value) => value.total === 2);
    expect(page.items.map((job) => job.id).sort()).toEqual([first, second].sort());
    expect(page.items[0]).toMatchObject({ name: 'test.flaky', attempts: 1 });
    expect(page.items.map((job) => job.error)).toContain('the mail server refused invoice-1');
    // Other queues (the hourly analytics roll-up) are listed too, with nothing failed.
    const queue = (await overview()).queue;
    expect(queue?.failed).toBe(2);
    expect(queue?.jobs.filter((job) => job.failed > 0)).toEqual([expect.objectContaining({ name: 'test.flaky', failed: 2 })]);

    fixed = true;
    expect((await call(t, 'POST', `/api/admin/jobs/test.flaky/${first}/retry`, { cookie: admin.cookie })).statusCode).toBe(204);
    await until(async () => handled, (labels) => labels.includes('invoice-1'));
    expect((await call(t, 'DELETE', `/api/admin/jobs/test.flaky/${second}`, { cookie: admin.cookie })).statusCode).toBe(204);
    expect((await failed()).total).toBe(0);
    expect(handled).toEqual(['invoice-1']);

    // A job that is not (or no longer) failed cannot be retried or discarded; a malformed id names the parameter.
    expect((await call(t, 'POST', `/api/admin/jobs/test.flaky/${first}/retry`, { cookie: admin.cookie })).statusCode).toBe(404);
    const malformed = await call(t, 'DELETE', '/api/admin/jobs/test.flaky/not-an-id', { cookie: admin.cookie });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toContain('jobId');

    const audit = (await call(t, 'GET', '/api/admin/audit?limit=50', { cookie: admin.cookie })).json<{ items: { action: string; target: string | null }[] }>();
    expect(audit.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'admin.job_retried', target: `test.flaky/${first}` }),
        expect.objectContaining({ action: 'admin.job_discarded', target: `test.flaky/${second}` }),
      ]),
    );
  });
});
