import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '#server/db/schema/index.ts';
import { call, cookieHeader, firstLink, latestMail, signIn, signUp, totpCode, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

type Row = { at: string; actorId: string | null; action: string; ip: string | null; target: string | null };

const apiKey = 'sk-audit-secret-key-7f3a9c2e11';

/** A provider on this machine answering GET /v1/models, so a key can be tested. */
function startModelServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ object: 'list', data: [{ id: 'local-model', object: 'model' }] }));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/v1`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

describe('the audit log records every kind of security event, never a secret', () => {
  let t: TestApp;
  let admin: Caller;
  let models: Awaited<ReturnType<typeof startModelServer>>;
  const secrets: string[] = [apiKey];
  beforeAll(async () => {
    t = await createTestApp({ OUTBOUND_ALLOW: '127.0.0.1' });
    models = await startModelServer();
    admin = await signUp(t, { name: 'Ada Admin' });
    secrets.push(admin.password);
  });
  afterAll(async () => {
    await models.close();
    await t.close();
  });

  async function events(query: string): Promise<Row[]> {
    const response = await call(t, 'GET', `/api/admin/audit?limit=100&${query}`, { cookie: admin.cookie });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: Row[] }>().items;
  }

  async function detailsOf(action: string): Promise<unknown[]> {
    const rows = await t.database.db.select().from(auditEvents);
    return rows.filter((row) => row.action === action).map((row) => row.details);
  }

  it('records a sign-in and a failed one (the email tried, never the password), with the address', async () => {
    const user = await signUp(t, { name: 'Sam Signin' });
    const wrongPassword = 'Not-the-right-one-42';
    secrets.push(wrongPassword);
    expect((await call(t, 'POST', '/api/auth/sign-in/email', { payload: { email: user.email, password: wrongPassword }, ip: '203.0.113.9' })).statusCode).toBe(401);
    expect((await call(t, 'POST', '/api/auth/sign-in/email', { payload: { email: 'ghost@example.test', password: wrongPassword }, ip: '203.0.113.9' })).statusCode).toBe(401);
    expect((await call(t, 'POST', '/api/auth/sign-in/email', { payload: { email: user.email, password: user.password }, ip: '203.0.113.10' })).statusCode).toBe(200);

    const failed = await events('action=auth.sign_in_failed');
    expect(failed).toEqual(
      expect.arrayContaining([
        { at: expect.any(String), actorId: null, action: 'auth.sign_in_failed', ip: '203.0.113.9', target: `user:${user.userId}` },
        { at: expect.any(String), actorId: null, action: 'auth.sign_in_failed', ip: '203.0.113.9', target: null },
      ]),
    );
    expect(await detailsOf('auth.sign_in_failed')).toEqual(expect.arrayContaining([expect.objectContaining({ email: 'ghost@example.test' })]));
    const signedIn = await events(`action=auth.signed_in&actorId=${user.userId}`);
    expect(signedIn).toEqual([{ at: expect.any(String), actorId: user.userId, action: 'auth.signed_in', ip: '203.0.113.10', target: `user:${user.userId}` }]);
  });

  it('records a sign-in refused by the lock, once, as a failure with the reason "locked"', async () => {
    const user = await signUp(t, { name: 'Lou Locked' });
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await call(t, 'POST', '/api/auth/sign-in/email', { payload: { email: user.email, password: 'Not-the-right-one-42' }, ip: '203.0.113.20' })).statusCode).toBe(401);
    }
    const refused = await call(t, 'POST', '/api/auth/sign-in/email', { payload: { email: user.email.toUpperCase(), password: user.password }, ip: '203.0.113.21' });
    expect(refused.statusCode).toBe(423);
    const rows = (await t.database.db.select().from(auditEvents)).filter((row) => row.action === 'auth.sign_in_failed' && row.target === `user:${user.userId}`);
    const reasons = rows.map((row) => (row.details as { reason?: string }).reason);
    expect(reasons).toHaveLength(6);
    expect(reasons.filter((reason) => reason === 'locked')).toHaveLength(1);
    const locked = (await events(`action=auth.sign_in_failed`)).filter((row) => row.ip === '203.0.113.21');
    expect(locked).toEqual([{ at: expect.any(String), actorId: null, action: 'auth.sign_in_failed', ip: '203.0.113.21', target: `user:${user.userId}` }]);
    expect(JSON.stringify(rows)).not.toContain(user.password);
  });

  it('records 2FA switched on, a sign-in with the second factor, and 2FA switched off', async () => {
    const user = await signUp(t);
    const enable = await call(t, 'POST', '/api/auth/two-factor/enable', { cookie: user.cookie, payload: { password: user.password } });
    const { totpURI, backupCodes } = enable.json<{ totpURI: string; backupCodes: string[] }>();
    const secret = new URL(totpURI).searchParams.get('secret')!;
    secrets.push(secret, ...backupCodes);
    const verify = await call(t, 'POST', '/api/auth/two-factor/verify-totp', { cookie: user.cookie, payload: { code: totpCode(secret) }, ip: '198.51.100.20' });
    expect(verify.statusCode).toBe(200);
    const cookie = cookieHeader(verify, user.cookie);

    const pending = cookieHeader(await signIn(t, user.email, user.password));
    const second = await call(t, 'POST', '/api/auth/two-factor/verify-backup-code', { cookie: pending, payload: { code: backupCodes[0] }, ip: '198.51.100.21' });
    expect(second.statusCode).toBe(200);

    const disable = await call(t, 'POST', '/api/auth/two-factor/disable', { cookie, payload: { password: user.password, code: backupCodes[1] }, ip: '198.51.100.22' });
    expect(disable.statusCode).toBe(200);

    const mine = await events(`actorId=${user.userId}`);
    expect(mine.map((row) => [row.action, row.ip])).toEqual([
      ['auth.two_factor_disabled', '198.51.100.22'],
      ['auth.signed_in', '198.51.100.21'],
      ['auth.two_factor_enabled', '198.51.100.20'],
    ]);
  });

  it('records a password change and a password reset', async () => {
    const user = await signUp(t);
    const newPassword = 'A-fresh-passphrase-in-May-3';
    const resetPassword = 'Reset-passphrase-after-mail-5';
    secrets.push(newPassword, resetPassword);
    const change = await call(t, 'POST', '/api/auth/change-password', { cookie: user.cookie, payload: { currentPassword: user.password, newPassword, revokeOtherSessions: true }, ip: '192.0.2.44' });
    expect(change.statusCode).toBe(200);

    await call(t, 'POST', '/api/auth/request-password-reset', { payload: { email: user.email, redirectTo: '/reset-password' } });
    const link = new URL(firstLink((await latestMail(t, user.email)).textBody));
    const follow = await t.app.inject({ method: 'GET', url: `${link.pathname}${link.search}` });
    const token = new URL(String(follow.headers.location), t.config.publicUrl).searchParams.get('token')!;
    secrets.push(token);
    expect((await call(t, 'POST', '/api/auth/reset-password', { payload: { token, newPassword: resetPassword }, ip: '192.0.2.45' })).statusCode).toBe(200);

    const mine = await events(`actorId=${user.userId}`);
    expect(mine.map((row) => [row.action, row.ip])).toEqual([
      ['account.password_reset', '192.0.2.45'],
      ['account.password_changed', '192.0.2.44'],
    ]);
  });

  it('records session revocations', async () => {
    const user = await signUp(t);
    const other = cookieHeader(await signIn(t, user.email, user.password));
    const sessions = (await call(t, 'GET', '/api/me/sessions', { cookie: user.cookie })).json<{ items: { id: string; current: boolean }[] }>();
    const otherId = sessions.items.find((item) => !item.current)!.id;
    expect((await call(t, 'DELETE', `/api/me/sessions/${otherId}`, { cookie: user.cookie, ip: '192.0.2.60' })).statusCode).toBe(204);
    cookieHeader(await signIn(t, user.email, user.password));
    expect((await call(t, 'POST', '/api/me/sessions/revoke-others', { cookie: user.cookie, ip: '192.0.2.61' })).statusCode).toBe(200);
    expect((await call(t, 'GET', '/api/me', { cookie: other })).statusCode).toBe(401);
    const revoked = (await events(`actorId=${user.userId}`)).filter((row) => row.action.startsWith('session.'));
    expect(revoked).toEqual([
      { at: expect.any(String), actorId: user.userId, action: 'session.others_revoked', ip: '192.0.2.61', target: `user:${user.userId}` },
      { at: expect.any(String), actorId: user.userId, action: 'session.revoked', ip: '192.0.2.60', target: `session:${otherId}` },
    ]);
  });

  it('records a key stored, tested and deleted (which provider, never the key)', async () => {
    const user = await signUp(t);
    const stored = await call(t, 'PUT', '/api/me/keys/openai-compatible', { cookie: user.cookie, payload: { apiKey, baseUrl: models.url, model: 'local-model' }, ip: '192.0.2.70' });
    expect(stored.statusCode).toBe(204);
    expect((await call(t, 'POST', '/api/me/keys/openai-compatible/test', { cookie: user.cookie, ip: '192.0.2.70' })).statusCode).toBe(200);
    expect((await call(t, 'DELETE', '/api/me/keys/openai-compatible', { cookie: user.cookie, ip: '192.0.2.70' })).statusCode).toBe(204);
    const mine = await events(`actorId=${user.userId}`);
    expect(mine.map((row) => [row.action, row.target])).toEqual([
      ['key.deleted', `user:${user.userId}`],
      ['key.tested', `user:${user.userId}`],
      ['key.stored', `user:${user.userId}`],
    ]);
    expect(await detailsOf('key.stored')).toEqual([{ provider: 'openai-compatible', baseUrl: models.url }]);
  });

  it('records membership changes in workspaces: joined, role changed, removed, left', async () => {
    const owner = await signUp(t, { name: 'Olivia Owner' });
    const workspaceId = (await call(t, 'POST', '/api/workspaces', { cookie: owner.cookie, payload: { name: 'Audit & Co' } })).json<{ id: string }>().id;
    const join = async (): Promise<Caller> => {
      const member = await signUp(t);
      await call(t, 'POST', `/api/workspaces/${workspaceId}/invitations`, { cookie: owner.cookie, payload: { email: member.email, role: 'interviewer' } });
      const token = new URL(firstLink((await latestMail(t, member.email)).textBody)).searchParams.get('token')!;
      secrets.push(token);
      expect((await call(t, 'POST', '/api/invitations/accept', { cookie: member.cookie, payload: { token }, ip: '192.0.2.80' })).statusCode).toBe(200);
      return member;
    };
    const first = await join();
    const second = await join();
    expect((await call(t, 'PATCH', `/api/workspaces/${workspaceId}/members/${first.userId}`, { cookie: owner.cookie, payload: { role: 'recruiter' }, ip: '192.0.2.81' })).statusCode).toBe(204);
    expect((await call(t, 'DELETE', `/api/workspaces/${workspaceId}/members/${first.userId}`, { cookie: owner.cookie, ip: '192.0.2.81' })).statusCode).toBe(204);
    expect((await call(t, 'POST', `/api/workspaces/${workspaceId}/leave`, { cookie: second.cookie, ip: '192.0.2.82' })).statusCode).toBe(204);

    expect((await events(`actorId=${owner.userId}`)).map((row) => [row.action, row.target])).toEqual([
      ['workspace.member_removed', `user:${first.userId}`],
      ['workspace.member_role_changed', `user:${first.userId}`],
    ]);
    expect((await events(`actorId=${second.userId}`)).map((row) => row.action)).toEqual(['workspace.member_left', 'workspace.member_joined']);
    expect(await detailsOf('workspace.member_role_changed')).toEqual([{ workspaceId, role: 'recruiter' }]);
  });

  it('records an account deleted by its owner, with the account as target', async () => {
    const user = await signUp(t);
    expect((await call(t, 'DELETE', '/api/me', { cookie: user.cookie, payload: { password: user.password }, ip: '192.0.2.90' })).statusCode).toBe(200);
    expect(await events('action=account.deleted')).toEqual([{ at: expect.any(String), actorId: null, action: 'account.deleted', ip: '192.0.2.90', target: `user:${user.userId}` }]);
  });

  it('filters by time, and the user sees their own events (not other people\'s addresses) in Settings → Security', async () => {
    const user = await signUp(t);
    await call(t, 'POST', '/api/auth/sign-in/email', { payload: { email: user.email, password: 'Wrong-password-for-this-1' }, ip: '203.0.113.50' });
    expect((await call(t, 'POST', '/api/auth/sign-in/email', { payload: { email: user.email, password: user.password }, ip: '203.0.113.51' })).statusCode).toBe(200);
    await call(t, 'POST', `/api/admin/users/${user.userId}/lock`, { cookie: admin.cookie, payload: { reason: 'Check' }, ip: '198.51.100.99' });
    await call(t, 'POST', `/api/admin/users/${user.userId}/unlock`, { cookie: admin.cookie, ip: '198.51.100.99' });
    const fresh = cookieHeader(await signIn(t, user.email, user.password));

    const own = await call(t, 'GET', '/api/me/security-events?limit=10', { cookie: fresh });
    expect(own.statusCode).toBe(200);
    expect(own.json().items.map((item: { action: string; ip: string | null; byYou: boolean }) => [item.action, item.ip, item.byYou])).toEqual([
      ['auth.signed_in', '127.0.0.1', true],
      ['admin.user_unlocked', null, false],
      ['admin.user_locked', null, false],
      ['auth.signed_in', '203.0.113.51', true],
      ['auth.sign_in_failed', null, false],
    ]);
    expect(own.json().total).toBe(5);

    const future = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    expect((await call(t, 'GET', `/api/admin/audit?from=${encodeURIComponent(future)}`, { cookie: admin.cookie })).json().total).toBe(0);
    const past = new Date(Date.now() - 60 * 60 * 1000).toISOString();
    expect((await call(t, 'GET', `/api/admin/audit?from=${encodeURIComponent(past)}&actorId=${user.userId}`, { cookie: admin.cookie })).json().total).toBe(2);
    expect((await call(t, 'GET', '/api/admin/audit?from=yesterday', { cookie: admin.cookie })).statusCode).toBe(400);
    expect((await call(t, 'GET', '/api/me/security-events')).statusCode).toBe(401);
  });

  it('holds no password, key, code or token in any row', async () => {
    const rows = await t.database.db.select().from(auditEvents);
    expect(rows.length).toBeGreaterThan(20);
    const text = JSON.stringify(rows);
    for (const secret of secrets) expect(text).not.toContain(secret);
  });
});
