import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, firstLink, latestMail, signIn, signUp } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

describe('password reset by email', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('mails a link whose token sets a new password and signs every old session out', async () => {
    const user = await signUp(t);
    const request = await call(t, 'POST', '/api/auth/request-password-reset', { payload: { email: user.email, redirectTo: '/reset-password' } });
    expect(request.statusCode).toBe(200);
    const mail = await latestMail(t, user.email);
    expect(mail.kind).toBe('password_reset');
    const link = new URL(firstLink(mail.textBody));
    expect(link.origin).toBe(t.config.publicUrl);
    const follow = await t.app.inject({ method: 'GET', url: `${link.pathname}${link.search}` });
    expect(follow.statusCode).toBe(302);
    const token = new URL(String(follow.headers.location), t.config.publicUrl).searchParams.get('token');
    expect(token).toBeTruthy();

    const weak = await call(t, 'POST', '/api/auth/reset-password', { payload: { token, newPassword: 'short' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toMatch(/too short/);

    const reset = await call(t, 'POST', '/api/auth/reset-password', { payload: { token, newPassword: 'A-brand-new-passphrase-7' } });
    expect(reset.statusCode).toBe(200);
    expect((await call(t, 'GET', '/api/me', { cookie: user.cookie })).statusCode).toBe(401);
    expect((await signIn(t, user.email, user.password)).statusCode).toBe(401);
    expect((await signIn(t, user.email, 'A-brand-new-passphrase-7')).statusCode).toBe(200);
    const reuse = await call(t, 'POST', '/api/auth/reset-password', { payload: { token, newPassword: 'Another-passphrase-8' } });
    expect(reuse.statusCode).toBe(400);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const response = await call(t, 'POST', '/api/auth/request-password-reset', { payload: { email: 'nobody@example.test', redirectTo: '/reset-password' } });
    expect(response.statusCode).toBe(200);
    await expect(latestMail(t, 'nobody@example.test')).rejects.toThrow(/no mail/);
  });
});
