import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rotateServerSecret } from '#server/modules/keys/index.ts';
import { call, cookieHeader, signIn, signUp, totpCode } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

describe('two-factor authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  async function enableTwoFactor() {
    const user = await signUp(t);
    const enable = await call(t, 'POST', '/api/auth/two-factor/enable', { cookie: user.cookie, payload: { password: user.password } });
    expect(enable.statusCode).toBe(200);
    const { totpURI, backupCodes } = enable.json<{ totpURI: string; backupCodes: string[] }>();
    expect(totpURI).toMatch(/^otpauth:\/\/totp\/Parley:/);
    expect(backupCodes).toHaveLength(10);
    const secret = new URL(totpURI).searchParams.get('secret')!;
    const verify = await call(t, 'POST', '/api/auth/two-factor/verify-totp', { cookie: user.cookie, payload: { code: totpCode(secret) } });
    expect(verify.statusCode).toBe(200);
    const cookie = cookieHeader(verify, user.cookie);
    expect((await call(t, 'GET', '/api/me', { cookie })).json().twoFactorEnabled).toBe(true);
    return { ...user, cookie, secret, backupCodes };
  }

  it('asks for the code at sign-in and accepts a TOTP code', async () => {
    const user = await enableTwoFactor();
    const first = await signIn(t, user.email, user.password);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ twoFactorRedirect: true });
    const pending = cookieHeader(first);
    expect(pending).not.toMatch(/session_token/);
    expect((await call(t, 'GET', '/api/me', { cookie: pending })).statusCode).toBe(401);

    const wrong = await call(t, 'POST', '/api/auth/two-factor/verify-totp', { cookie: pending, payload: { code: '000000' === totpCode(user.secret) ? '111111' : '000000' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_code');

    const second = await call(t, 'POST', '/api/auth/two-factor/verify-totp', { cookie: pending, payload: { code: totpCode(user.secret) } });
    expect(second.statusCode).toBe(200);
    expect((await call(t, 'GET', '/api/me', { cookie: cookieHeader(second, pending) })).statusCode).toBe(200);
  });

  it('accepts each backup code once', async () => {
    const user = await enableTwoFactor();
    const code = user.backupCodes[0]!;
    const pending = cookieHeader(await signIn(t, user.email, user.password));
    const used = await call(t, 'POST', '/api/auth/two-factor/verify-backup-code', { cookie: pending, payload: { code } });
    expect(used.statusCode).toBe(200);
    expect((await call(t, 'GET', '/api/me', { cookie: cookieHeader(used, pending) })).statusCode).toBe(200);
    const again = cookieHeader(await signIn(t, user.email, user.password));
    expect((await call(t, 'POST', '/api/auth/two-factor/verify-backup-code', { cookie: again, payload: { code } })).statusCode).toBe(401);
  });

  it('turns off only with a valid code and the password', async () => {
    const user = await enableTwoFactor();
    const noCode = await call(t, 'POST', '/api/auth/two-factor/disable', { cookie: user.cookie, payload: { password: user.password } });
    expect(noCode.statusCode).toBe(400);
    expect(noCode.json().error.code).toBe('code_required');
    const badCode = await call(t, 'POST', '/api/auth/two-factor/disable', { cookie: user.cookie, payload: { password: user.password, code: '12345x' } });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.code).toBe('invalid_code');
    const ok = await call(t, 'POST', '/api/auth/two-factor/disable', { cookie: user.cookie, payload: { password: user.password, code: totpCode(user.secret) } });
    expect(ok.statusCode).toBe(200);
    const cookie = cookieHeader(ok, user.cookie);
    expect((await call(t, 'GET', '/api/me', { cookie })).json().twoFactorEnabled).toBe(false);
    expect((await signIn(t, user.email, user.password)).json().twoFactorRedirect).toBeUndefined();
  });

  it('keeps TOTP working after the server secret is rotated and the app restarts with the new one', async () => {
    const user = await enableTwoFactor();
    const newSecret = 'rotated-secret-rotated-secret-rotated-01';
    const report = await rotateServerSecret(t.database.db, t.config.serverSecret!, newSecret);
    expect(report.twoFactorSecrets).toBeGreaterThanOrEqual(1);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-rotated-'));
    const restarted = await createTestApp({ SERVER_SECRET: newSecret }, { reuse: { database: t.database, dataDir } });
    try {
      const pending = cookieHeader(await signIn(restarted, user.email, user.password));
      const verified = await call(restarted, 'POST', '/api/auth/two-factor/verify-totp', { cookie: pending, payload: { code: totpCode(user.secret) } });
      expect(verified.statusCode).toBe(200);
    } finally {
      await restarted.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
