import { afterAll, beforeAll, expect, it } from 'vitest';
import { sessions, verifications } from '#server/db/schema/index.ts';
import { call, firstLink, latestMail, signIn, signUp } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { hashSessionToken } from './session-token-hash.ts';

/** Decision 058: a copy of the database holds no token a browser or a mailed link could present. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const sessionTokenOf = (cookie: string) => decodeURIComponent(/parley\.session_token=([^;]+)/.exec(cookie)![1]!).split('.')[0]!;

it('stores each session token as its SHA-256, and the cookie still signs in, refreshes and signs out', async () => {
  const user = await signUp(t);
  const second = await signIn(t, user.email, user.password);
  expect(second.statusCode).toBe(200);
  const tokens = [sessionTokenOf(user.cookie), sessionTokenOf(String(second.headers['set-cookie']))];
  const stored = (await t.database.db.select({ token: sessions.token }).from(sessions)).map((row) => row.token);
  for (const token of tokens) {
    expect(stored).not.toContain(token);
    expect(stored).toContain(hashSessionToken(token));
  }
  expect((await call(t, 'GET', '/api/me', { cookie: user.cookie })).statusCode).toBe(200);
  // better-auth's own session route gives the token back as the cookie carries it, not the stored hash.
  const session = await call(t, 'GET', '/api/auth/get-session', { cookie: user.cookie });
  expect(session.json().session.token).toBe(tokens[0]);
  expect((await call(t, 'POST', '/api/auth/sign-out', { cookie: user.cookie, payload: {} })).statusCode).toBe(200);
  expect((await call(t, 'GET', '/api/me', { cookie: user.cookie })).statusCode).toBe(401);
  const left = (await t.database.db.select({ token: sessions.token }).from(sessions)).map((row) => row.token);
  expect(left).not.toContain(hashSessionToken(tokens[0]!));
  expect(left).toContain(hashSessionToken(tokens[1]!));
});

it('keeps no password-reset token a mailed link carries', async () => {
  const user = await signUp(t);
  await call(t, 'POST', '/api/auth/request-password-reset', { payload: { email: user.email, redirectTo: '/reset-password' } });
  const link = new URL(firstLink((await latestMail(t, user.email)).textBody));
  const follow = await t.app.inject({ method: 'GET', url: `${link.pathname}${link.search}` });
  const token = new URL(String(follow.headers.location), t.config.publicUrl).searchParams.get('token')!;
  expect(token.length).toBeGreaterThan(10);
  const rows = await t.database.db.select().from(verifications);
  expect(rows.length).toBeGreaterThan(0);
  expect(JSON.stringify(rows)).not.toContain(token);
  const reset = await call(t, 'POST', '/api/auth/reset-password', { payload: { token, newPassword: 'A-brand-new-passphrase-7' } });
  expect(reset.statusCode).toBe(200);
});
