import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, latestMail, signUp } from '#tests/support/auth-helpers.ts';
import { startSmtpServer, type SmtpServer } from '#tests/support/smtp-server.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

describe('mail over SMTP', () => {
  let smtp: SmtpServer;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Parley <noreply@parley.test>' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('delivers the verification mail to the SMTP server and records it as sent', async () => {
    const user = await signUp(t, { name: 'Sam Smtp' });
    expect(smtp.received).toHaveLength(1);
    const message = smtp.received[0]!;
    expect(message.from).toBe('noreply@parley.test');
    expect(message.to).toEqual([user.email]);
    expect(message.raw).toMatch(/Subject: Confirm your email address/);
    expect(message.raw).toMatch(/multipart\/alternative/);
    expect(message.raw.replace(/=\r?\n/g, '')).toContain('/api/auth/verify-email?token=');

    const row = await latestMail(t, user.email);
    expect(row.transport).toBe('smtp');
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.error).toBeNull();
    expect((await call(t, 'GET', '/api/auth-config')).json().emailDelivery).toBe('smtp');
  });

  it('records the error when the SMTP server is gone, without failing the sign-up', async () => {
    const gone = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:1' });
    try {
      const user = await signUp(gone);
      const row = await latestMail(gone, user.email);
      expect(row.transport).toBe('smtp');
      expect(row.sentAt).toBeNull();
      expect(row.error).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      await gone.close();
    }
  });
});
