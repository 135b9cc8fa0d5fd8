import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '#server/db/schema/index.ts';
import { call, signIn, signUp, strongPassword } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

describe('sign-in lockout and rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('locks an account for 15 minutes after 5 failures, says until when, and unlocks after', async () => {
    const user = await signUp(t);
    for (let attempt = 1; attempt <= 5; attempt += 1) expect((await signIn(t, user.email, 'Wrong-password-1')).statusCode).toBe(401);
    const locked = await signIn(t, user.email, strongPassword);
    expect(locked.statusCode).toBe(423);
    const body = locked.json();
    expect(body.error.code).toBe('locked');
    const unlocksAt = new Date(body.error.unlocksAt).getTime();
    expect(unlocksAt - Date.now()).toBeGreaterThan(14 * 60 * 1000);
    expect(unlocksAt - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);

    // Fifteen minutes later (moved in the database rather than waiting): the right password works and resets the count.
    await t.database.db.update(users).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(users.email, user.email));
    expect((await signIn(t, user.email, strongPassword)).statusCode).toBe(200);
    const [row] = await t.database.db.select().from(users).where(eq(users.email, user.email));
    expect(row?.failedSignInCount).toBe(0);
    expect(row?.lastSignInAt).toBeInstanceOf(Date);
  });

  it('resets the failure count on success', async () => {
    const user = await signUp(t);
    for (let attempt = 1; attempt <= 4; attempt += 1) await signIn(t, user.email, 'Wrong-password-1');
    expect((await signIn(t, user.email, strongPassword)).statusCode).toBe(200);
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await signIn(t, user.email, 'Wrong-password-1')).statusCode).toBe(401);
  });

  it('locks unknown addresses the same way, so a 423 does not reveal that an account exists', async () => {
    const email = 'ghost@example.test';
    for (let attempt = 1; attempt <= 5; attempt += 1) await signIn(t, email, 'Wrong-password-1');
    const response = await signIn(t, email, 'Wrong-password-1');
    expect(response.statusCode).toBe(423);
    expect(response.json().error.unlocksAt).toBeTruthy();
  });

  it('rate-limits sensitive auth endpoints per IP with 429 but not session reads', async () => {
    const limited = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const response = await call(limited, 'POST', '/api/auth/sign-in/email', { payload: { email: 'x@example.test', password: 'Wrong-password-1' }, ip: '10.1.1.1' });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
      const other = await call(limited, 'POST', '/api/auth/sign-in/email', { payload: { email: 'x@example.test', password: 'Wrong-password-1' }, ip: '10.1.1.2' });
      expect(other.statusCode).toBe(401);
      const last = await call(limited, 'POST', '/api/auth/sign-in/email', { payload: { email: 'x@example.test', password: 'Wrong-password-1' }, ip: '10.1.1.1' });
      expect(last.json().error.code).toBe('rate_limited');
      for (let attempt = 0; attempt < 5; attempt += 1) {
        expect((await call(limited, 'GET', '/api/auth/get-session', { ip: '10.1.1.1' })).statusCode).toBe(200);
      }
    } finally {
      await limited.close();
    }
  });
});
