import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cookieHeader, signIn, signUp } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

describe('my sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('lists devices with IP and last seen, and a revoked session stops working at once', async () => {
    const user = await signUp(t);
    const laptop = cookieHeader(
      await call(t, 'POST', '/api/auth/sign-in/email', { payload: { email: user.email, password: user.password }, headers: { 'user-agent': firefox }, ip: '192.0.2.7' }),
    );
    const list = await call(t, 'GET', '/api/me/sessions', { cookie: user.cookie });
    expect(list.statusCode).toBe(200);
    const page = list.json<{ items: { id: string; device: string; ipAddress: string; current: boolean; lastSeenAt: string }[]; total: number }>();
    expect(page.total).toBe(2);
    const sessions = page.items;
    expect(sessions).toHaveLength(2);
    const other = sessions.find((session) => !session.current)!;
    expect(other).toMatchObject({ device: 'Firefox on Linux', ipAddress: '192.0.2.7' });
    expect(sessions.filter((session) => session.current)).toHaveLength(1);
    expect(list.body).not.toMatch(/token/i);

    expect((await call(t, 'GET', '/api/me', { cookie: laptop })).statusCode).toBe(200);
    expect((await call(t, 'DELETE', `/api/me/sessions/${other.id}`, { cookie: user.cookie })).statusCode).toBe(204);
    expect((await call(t, 'GET', '/api/me', { cookie: laptop })).statusCode).toBe(401);
    expect((await call(t, 'DELETE', `/api/me/sessions/${other.id}`, { cookie: user.cookie })).statusCode).toBe(404);
  });

  it('signs out every other session', async () => {
    const user = await signUp(t);
    const second = cookieHeader(await signIn(t, user.email, user.password));
    const third = cookieHeader(await signIn(t, user.email, user.password));
    const revoked = await call(t, 'POST', '/api/me/sessions/revoke-others', { cookie: user.cookie });
    expect(revoked.json()).toEqual({ revoked: 2 });
    expect((await call(t, 'GET', '/api/me', { cookie: second })).statusCode).toBe(401);
    expect((await call(t, 'GET', '/api/me', { cookie: third })).statusCode).toBe(401);
    expect((await call(t, 'GET', '/api/me', { cookie: user.cookie })).statusCode).toBe(200);
  });

  it('keeps a long session with "remember me" and a browser-session one without', async () => {
    const user = await signUp(t);
    const remembered = await signIn(t, user.email, user.password, { rememberMe: true });
    const forgotten = await signIn(t, user.email, user.password, { rememberMe: false });
    const sessionCookie = (response: typeof remembered) =>
      ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((line) => line.startsWith('parley.session_token='))!;
    expect(sessionCookie(remembered)).toMatch(/Max-Age=2592000/);
    expect(sessionCookie(forgotten)).not.toMatch(/Max-Age/);
    const sessions = (await call(t, 'GET', '/api/me/sessions', { cookie: cookieHeader(forgotten) })).json<{ items: { current: boolean; expiresAt: string }[] }>().items;
    const current = sessions.find((session) => session.current)!;
    expect(new Date(current.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(24 * 60 * 60 * 1000);
  });

  it('pages the sessions newest first with a total, and marks the current one on any page', async () => {
    const user = await signUp(t);
    const second = cookieHeader(await signIn(t, user.email, user.password));
    const newest = cookieHeader(await signIn(t, user.email, user.password));
    const first = (await call(t, 'GET', '/api/me/sessions?limit=2', { cookie: user.cookie })).json();
    expect(first).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(first.items).toHaveLength(2);
    const last = (await call(t, 'GET', '/api/me/sessions?limit=2&offset=2', { cookie: user.cookie })).json();
    expect(last).toMatchObject({ total: 3, limit: 2, offset: 2 });
    // The sign-up session is the oldest, so it is alone on the second page, and it is the caller's.
    expect(last.items).toEqual([expect.objectContaining({ current: true })]);
    expect(first.items.every((session: { current: boolean }) => !session.current)).toBe(true);
    expect((await call(t, 'GET', '/api/me/sessions?limit=1', { cookie: newest })).json().items[0].current).toBe(true);
    const tooBig = await call(t, 'GET', '/api/me/sessions?limit=101', { cookie: second });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.message).toMatch(/limit: must be at most 100/);
    const badId = await call(t, 'DELETE', '/api/me/sessions/not-a-session', { cookie: second });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.message).toMatch(/params\.sessionId: must be a session id/);
  });
});
