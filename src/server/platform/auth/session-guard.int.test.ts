import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '#server/db/schema/index.ts';
import { call, cookieHeader, signIn, signUp } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { createAuth, type Auth } from './create-auth.ts';
import { createSessionReader } from './session-reader.ts';
import { hashSessionToken } from './session-token-hash.ts';
import { createSignInLockout } from './sign-in-lockout.ts';

const day = 24 * 60 * 60 * 1000;

/** The session token a Cookie header carries (before its signature). */
function tokenOf(cookie: string): string {
  const value = decodeURIComponent(/parley\.session_token=([^;]+)/.exec(cookie)![1]!);
  return value.slice(0, value.lastIndexOf('.'));
}

describe('the session guard reads the session and its user in one query (decision 056)', () => {
  let t: TestApp;
  let auth: Auth;
  beforeAll(async () => {
    t = await createTestApp();
    const { config, database, runtime } = t;
    auth = createAuth({ config, database, mailer: runtime.mailer, lockout: createSignInLockout({ db: database.db, now: runtime.now }), log: runtime.log, now: runtime.now });
  });
  afterAll(async () => t.close());

  it('finds the same session and user that better-auth finds for the same cookie, and sets no cookie', async () => {
    const user = await signUp(t);
    const readSession = createSessionReader({ auth, db: t.database.db });
    const headersSet: unknown[] = [];
    const reply = { getHeader: () => undefined, header: (...args: unknown[]) => headersSet.push(args) } as unknown as FastifyReply;
    const ours = await readSession({ headers: { cookie: user.cookie } } as FastifyRequest, reply);
    const theirs = await auth.api.getSession({ headers: new Headers({ cookie: user.cookie }) });
    expect(ours).not.toBeNull();
    expect(ours).toStrictEqual(theirs);
    expect(headersSet).toEqual([]);
  });

  it('refuses a signed-out session on the very next request', async () => {
    const user = await signUp(t);
    expect((await call(t, 'GET', '/api/me', { cookie: user.cookie })).statusCode).toBe(200);
    expect((await call(t, 'POST', '/api/auth/sign-out', { cookie: user.cookie })).statusCode).toBe(200);
    expect((await call(t, 'GET', '/api/me', { cookie: user.cookie })).statusCode).toBe(401);
  });

  it('refuses a session revoked through better-auth on the very next request', async () => {
    const user = await signUp(t);
    const other = cookieHeader(await signIn(t, user.email, user.password));
    expect((await call(t, 'GET', '/api/me', { cookie: other })).statusCode).toBe(200);
    const revoked = await call(t, 'POST', '/api/auth/revoke-session', { cookie: user.cookie, payload: { token: tokenOf(other) } });
    expect(revoked.statusCode).toBe(200);
    expect((await call(t, 'GET', '/api/me', { cookie: other })).statusCode).toBe(401);
    expect((await call(t, 'GET', '/api/me', { cookie: user.cookie })).statusCode).toBe(200);
  });

  it('refuses a banned user on the very next request, even while the session row still exists', async () => {
    const user = await signUp(t);
    expect((await call(t, 'GET', '/api/me', { cookie: user.cookie })).statusCode).toBe(200);
    await t.database.db.update(users).set({ banned: true }).where(eq(users.id, user.userId));
    expect((await call(t, 'GET', '/api/me', { cookie: user.cookie })).statusCode).toBe(401);
  });

  it('refuses a cookie whose signature does not match', async () => {
    const user = await signUp(t);
    const forged = user.cookie.replace(/(parley\.session_token=[^.;]+\.)[^;]+/, (_, head: string) => `${head}${encodeURIComponent('A'.repeat(43) + '=')}`);
    expect(forged).not.toBe(user.cookie);
    expect((await call(t, 'GET', '/api/me', { cookie: forged })).statusCode).toBe(401);
  });

  it('leaves an expired session to better-auth, which refuses it and deletes the cookie', async () => {
    const user = await signUp(t);
    await t.database.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.token, hashSessionToken(tokenOf(user.cookie))));
    const refused = await call(t, 'GET', '/api/me', { cookie: user.cookie });
    expect(refused.statusCode).toBe(401);
    expect(String(refused.headers['set-cookie'])).toMatch(/parley\.session_token=;.*Max-Age=0/i);
  });

  it('leaves a session due for its daily refresh to better-auth, which extends it and sends a new cookie', async () => {
    const user = await signUp(t);
    // The column holds the token's hash (decision 058).
    const token = hashSessionToken(tokenOf(user.cookie));
    const dueAt = new Date(Date.now() + 2 * day);
    await t.database.db.update(sessions).set({ expiresAt: dueAt }).where(eq(sessions.token, token));
    const refreshed = await call(t, 'GET', '/api/me', { cookie: user.cookie });
    expect(refreshed.statusCode).toBe(200);
    expect(String(refreshed.headers['set-cookie'])).toMatch(/parley\.session_token=/);
    const [row] = await t.database.db.select({ expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.token, token));
    expect(row!.expiresAt.getTime()).toBeGreaterThan(dueAt.getTime() + day);
    // Once extended, the next request is an ordinary one: no cookie.
    expect((await call(t, 'GET', '/api/me', { cookie: user.cookie })).headers['set-cookie']).toBeUndefined();
  });

  it('records the last activity at most once a minute', async () => {
    const user = await signUp(t);
    // The column holds the token's hash (decision 058).
    const token = hashSessionToken(tokenOf(user.cookie));
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await t.database.db.update(sessions).set({ lastSeenAt: longAgo }).where(eq(sessions.token, token));
    await call(t, 'GET', '/api/me', { cookie: user.cookie });
    const [touched] = await t.database.db.select({ lastSeenAt: sessions.lastSeenAt }).from(sessions).where(eq(sessions.token, token));
    expect(touched!.lastSeenAt!.getTime()).toBeGreaterThan(longAgo.getTime());
    await call(t, 'GET', '/api/me', { cookie: user.cookie });
    const [again] = await t.database.db.select({ lastSeenAt: sessions.lastSeenAt }).from(sessions).where(eq(sessions.token, token));
    expect(again!.lastSeenAt).toEqual(touched!.lastSeenAt);
  });
});
