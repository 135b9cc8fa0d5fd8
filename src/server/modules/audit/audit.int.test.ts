import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

describe('the audit log', () => {
  let t: TestApp;
  let admin: Caller;
  let user: Caller;
  let other: Caller;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUp(t, { name: 'Ada Admin' });
    user = await signUp(t, { name: 'Uma User' });
    other = await signUp(t, { name: 'Otto Other' });
  });
  afterAll(async () => t.close());

  it('records administrator actions and setting changes: who, what, when, from where', async () => {
    await call(t, 'POST', `/api/admin/users/${user.userId}/lock`, { cookie: admin.cookie, payload: { reason: 'Spam' }, ip: '198.51.100.7' });
    await call(t, 'POST', `/api/admin/users/${user.userId}/unlock`, { cookie: admin.cookie, ip: '198.51.100.7' });
    await call(t, 'PUT', '/api/admin/settings/signup.policy', { cookie: admin.cookie, payload: { value: 'invitation' }, ip: '198.51.100.7' });
    const response = await call(t, 'GET', '/api/admin/audit?limit=50', { cookie: admin.cookie });
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page.total).toBe(3);
    expect(page.items.map((item: { action: string }) => item.action)).toEqual(['setting.changed', 'admin.user_unlocked', 'admin.user_locked']);
    expect(page.items[2]).toEqual({ at: expect.any(String), actorId: admin.userId, action: 'admin.user_locked', ip: '198.51.100.7', target: `user:${user.userId}` });
    const filtered = (await call(t, 'GET', '/api/admin/audit?action=admin.user_locked', { cookie: admin.cookie })).json();
    expect(filtered).toMatchObject({ total: 1, limit: 20, offset: 0 });
    expect((await call(t, 'GET', `/api/admin/audit?actorId=${user.userId}`, { cookie: admin.cookie })).json().total).toBe(0);
    expect((await call(t, 'GET', '/api/admin/audit?action=nonsense', { cookie: admin.cookie })).statusCode).toBe(400);
  });

  it('is for administrators only', async () => {
    // (The locked user was signed out; another ordinary user asks.)
    expect((await call(t, 'GET', '/api/admin/audit?limit=50', { cookie: other.cookie })).statusCode).toBe(403);
  });
});
