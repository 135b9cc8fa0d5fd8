import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '#server/db/client.ts';
import { seedUserWithEverything } from '#tests/support/seed-user-with-everything.ts';
import { call, cookieHeader, signIn, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

describe('installation administration', () => {
  let t: TestApp;
  let admin: Caller;
  let user: Caller;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUp(t, { name: 'Ada Admin' });
    user = await signUp(t, { name: 'Uma User', email: 'uma.user@example.test' });
  });
  afterAll(async () => t.close());

  it('lists and searches users page by page', async () => {
    const all = await call(t, 'GET', '/api/admin/users?limit=1', { cookie: admin.cookie });
    expect(all.statusCode).toBe(200);
    expect(all.json()).toMatchObject({ total: 2, limit: 1, offset: 0 });
    // Newest first: the second account on page 1, the first (the administrator) on page 2.
    expect(all.json().items.map((u: { email: string }) => u.email)).toEqual([user.email]);
    const second = await call(t, 'GET', '/api/admin/users?limit=1&offset=1', { cookie: admin.cookie });
    expect(second.json()).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(second.json().items.map((u: { email: string }) => u.email)).toEqual([admin.email]);
    expect((await call(t, 'GET', '/api/admin/users?limit=1&offset=2', { cookie: admin.cookie })).json()).toMatchObject({ items: [], total: 2 });
    const found = await call(t, 'GET', '/api/admin/users?search=UMA', { cookie: admin.cookie });
    expect(found.json()).toMatchObject({ total: 1, limit: 20, offset: 0 });
    expect(found.json().items.map((u: { email: string }) => u.email)).toEqual(['uma.user@example.test']);
    const tooBig = await call(t, 'GET', '/api/admin/users?limit=1000', { cookie: admin.cookie });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.message).toMatch(/limit: must be at most 100/);
    expect((await call(t, 'GET', '/api/admin/users', { cookie: user.cookie })).statusCode).toBe(403);
  });

  it('locks an account (signing it out) and unlocks it', async () => {
    const locked = await call(t, 'POST', `/api/admin/users/${user.userId}/lock`, { cookie: admin.cookie, payload: { reason: 'Spam' } });
    expect(locked.json()).toMatchObject({ banned: true, banReason: 'Spam' });
    expect((await call(t, 'GET', '/api/me', { cookie: user.cookie })).statusCode).toBe(401);
    const refused = await signIn(t, user.email, user.password);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/locked by an administrator/);
    expect((await call(t, 'POST', `/api/admin/users/${user.userId}/unlock`, { cookie: admin.cookie })).json().banned).toBe(false);
    const again = await signIn(t, user.email, user.password);
    expect(again.statusCode).toBe(200);
    user = { ...user, cookie: cookieHeader(again) };
    expect((await call(t, 'POST', `/api/admin/users/${admin.userId}/lock`, { cookie: admin.cookie })).statusCode).toBe(400);
  });

  it('changes installation roles', async () => {
    const promoted = await call(t, 'PATCH', `/api/admin/users/${user.userId}`, { cookie: admin.cookie, payload: { role: 'admin' } });
    expect(promoted.json().role).toBe('admin');
    await call(t, 'PATCH', `/api/admin/users/${user.userId}`, { cookie: admin.cookie, payload: { role: 'user' } });
    expect((await call(t, 'PATCH', `/api/admin/users/${user.userId}`, { cookie: admin.cookie, payload: { role: 'root' } })).statusCode).toBe(400);
    const badId = await call(t, 'PATCH', '/api/admin/users/not-a-user', { cookie: admin.cookie, payload: { role: 'admin' } });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.message).toMatch(/params\.userId: must be a user id/);
    const notAdmin = await call(t, 'PATCH', `/api/admin/users/${admin.userId}`, { cookie: user.cookie, payload: { role: 'user' } });
    expect(notAdmin.statusCode).toBe(403);
    expect(notAdmin.json().error.message).toBe('Only an administrator may do this.');
    expect((await call(t, 'PATCH', `/api/admin/users/${admin.userId}`, { cookie: admin.cookie, payload: { role: 'user' } })).statusCode).toBe(400);
  });

  it('deletes a user and every row they own, in every table', async () => {
    const seeded = await seedUserWithEverything(t.database.db, 'seeded@example.test');
    const response = await call(t, 'DELETE', `/api/admin/users/${seeded.userId}`, { cookie: admin.cookie });
    expect(response.statusCode).toBe(204);
    for (const [table, [column, value]] of Object.entries(seeded.rows)) {
      const rows = await selectRows(t.database.db, sql`select 1 from ${sql.identifier(table)} where ${sql.identifier(column)} = ${value}`);
      expect(rows, `${table} still holds a row of the deleted user`).toHaveLength(0);
    }
    expect((await call(t, 'DELETE', `/api/admin/users/${seeded.userId}`, { cookie: admin.cookie })).statusCode).toBe(404);
  });

  it('reads the outbox', async () => {
    const page = await call(t, 'GET', `/api/admin/outbox?to=${encodeURIComponent(user.email)}`, { cookie: admin.cookie });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ total: 1, limit: 20, offset: 0 });
    expect(page.json().items[0]).toMatchObject({ toAddress: user.email, kind: 'verification', transport: 'outbox' });
    const everyone = (await call(t, 'GET', '/api/admin/outbox?limit=1', { cookie: admin.cookie })).json();
    expect(everyone.items).toHaveLength(1);
    expect(everyone.total).toBeGreaterThanOrEqual(2);
    const older = (await call(t, 'GET', '/api/admin/outbox?limit=1&offset=1', { cookie: admin.cookie })).json();
    expect(older).toMatchObject({ total: everyone.total, limit: 1, offset: 1 });
    expect(older.items[0].id).not.toBe(everyone.items[0].id);
    expect(new Date(older.items[0].createdAt).getTime()).toBeLessThanOrEqual(new Date(everyone.items[0].createdAt).getTime());
    expect((await call(t, 'GET', '/api/admin/outbox?limit=101', { cookie: admin.cookie })).statusCode).toBe(400);
    expect((await call(t, 'GET', '/api/admin/outbox', { cookie: user.cookie })).statusCode).toBe(403);
  });
});
