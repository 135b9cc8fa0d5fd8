import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cookieHeader, latestMail, signIn, signUp, strongPassword } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

describe('sign-up and sign-in through better-auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('signs up, returns a session cookie and makes the first account the administrator', async () => {
    const first = await signUp(t, { name: 'First Person' });
    expect(first.cookie).toMatch(/parley\.session_token=/);
    const me = await call(t, 'GET', '/api/me', { cookie: first.cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ name: 'First Person', role: 'admin', emailVerified: false });
    const second = await signUp(t);
    expect((await call(t, 'GET', '/api/me', { cookie: second.cookie })).json().role).toBe('user');
  });

  it('sends a verification mail to the outbox whose link verifies the address', async () => {
    const user = await signUp(t);
    const mail = await latestMail(t, user.email);
    expect(mail.kind).toBe('verification');
    expect(mail.transport).toBe('outbox');
    const link = new URL(/https?:\/\/\S+/.exec(mail.textBody)![0]);
    const verify = await t.app.inject({ method: 'GET', url: `${link.pathname}${link.search}` });
    expect(verify.statusCode).toBeLessThan(400);
    const me = await call(t, 'GET', '/api/me', { cookie: user.cookie });
    expect(me.json().emailVerified).toBe(true);
  });

  it('answers 401 without a session and sets HttpOnly, SameSite=Lax cookies on sign-in', async () => {
    expect((await call(t, 'GET', '/api/me')).statusCode).toBe(401);
    const user = await signUp(t);
    const response = await signIn(t, user.email, strongPassword);
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    expect((await call(t, 'GET', '/api/me', { cookie: cookieHeader(response) })).statusCode).toBe(200);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const user = await signUp(t);
    const wrong = await signIn(t, user.email, 'Wrong-password-123');
    const unknown = await signIn(t, 'nobody-here@example.test', 'Wrong-password-123');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    expect(wrong.json().error.code).toBe(unknown.json().error.code);
  });

  it('rejects malformed email, weak passwords and oversized names with a 400 naming the problem', async () => {
    const badEmail = await call(t, 'POST', '/api/auth/sign-up/email', { payload: { email: 'not-an-email', password: strongPassword, name: 'X' } });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().error.message).toMatch(/email/i);
    const short = await call(t, 'POST', '/api/auth/sign-up/email', { payload: { email: 'a1@example.test', password: 'Ab1', name: 'X' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toMatch(/too short/);
    const oneClass = await call(t, 'POST', '/api/auth/sign-up/email', { payload: { email: 'a2@example.test', password: 'aaaaaaaaaaaa', name: 'X' } });
    expect(oneClass.statusCode).toBe(400);
    expect(oneClass.json().error.message).toMatch(/too weak/);
    const longName = await call(t, 'POST', '/api/auth/sign-up/email', { payload: { email: 'a3@example.test', password: strongPassword, name: 'x'.repeat(500) } });
    expect(longName.statusCode).toBe(400);
    expect(longName.json().error.message).toMatch(/name is too long/);
  });

  it('says which sign-in methods exist', async () => {
    const response = await call(t, 'GET', '/api/auth-config');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ emailPassword: true, socialProviders: [], emailDelivery: 'outbox', passwordMinLength: 10 });
  });

  it('ignores a role smuggled into sign-up', async () => {
    const response = await call(t, 'POST', '/api/auth/sign-up/email', { payload: { email: 'sneaky@example.test', password: strongPassword, name: 'Sneaky', role: 'admin' } });
    const me = await call(t, 'GET', '/api/me', { cookie: cookieHeader(response) });
    expect(me.statusCode === 200 ? me.json().role : 'refused').not.toBe('admin');
  });

  it('offers Google and Microsoft only when configured', async () => {
    const social = await createTestApp({ GOOGLE_CLIENT_ID: 'g-id', GOOGLE_CLIENT_SECRET: 'g-secret', MICROSOFT_CLIENT_ID: 'm-id', MICROSOFT_CLIENT_SECRET: 'm-secret' });
    try {
      expect((await call(social, 'GET', '/api/auth-config')).json().socialProviders).toEqual(['google', 'microsoft']);
      const start = await call(social, 'POST', '/api/auth/sign-in/social', { payload: { provider: 'google', callbackURL: '/' } });
      expect(start.statusCode).toBe(200);
      expect(start.json().url).toMatch(/^https:\/\/accounts\.google\.com\//);
    } finally {
      await social.close();
    }
    const none = await call(t, 'POST', '/api/auth/sign-in/social', { payload: { provider: 'google', callbackURL: '/' } });
    expect(none.statusCode).toBeGreaterThanOrEqual(400);
  });
});

describe('the first accounts of a new installation, signing up at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('makes exactly one of them the administrator', async () => {
    const accounts = await Promise.all(Array.from({ length: 5 }, (_, index) => signUp(t, { name: `Early ${index}` })));
    const roles = await Promise.all(accounts.map(async (account) => (await call(t, 'GET', '/api/me', { cookie: account.cookie })).json().role as string));
    expect(roles.filter((role) => role === 'admin')).toHaveLength(1);
    expect(roles.filter((role) => role === 'user')).toHaveLength(4);
  });
});
