import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '#server/db/client.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { getSetting } from './index.ts';

type SettingJson = { key: string; value: unknown; default: unknown; source: string; env: string; rule: string };

describe('installation settings', () => {
  let t: TestApp;
  let admin: Caller;
  let user: Caller;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUp(t, { name: 'Ada Admin' });
    user = await signUp(t, { name: 'Uma User' });
  });
  afterAll(async () => t.close());

  const reader = () => ({ db: t.database.db, settingOverrides: t.config.settingOverrides });

  it('lists every setting with its default until one is stored', async () => {
    const response = await call(t, 'GET', '/api/admin/settings', { cookie: admin.cookie });
    expect(response.statusCode).toBe(200);
    const page = response.json<{ items: SettingJson[]; total: number }>();
    expect(page.total).toBeGreaterThanOrEqual(2);
    const policy = page.items.find((item) => item.key === 'signup.policy');
    expect(policy).toMatchObject({ value: 'open', default: 'open', source: 'default', env: 'SIGNUP_POLICY' });
    expect(page.items.find((item) => item.key === 'outbound.allow')).toMatchObject({ value: [], source: 'default', env: 'OUTBOUND_ALLOW' });
    expect(await getSetting(reader(), 'signup.policy')).toBe('open');
  });

  it('stores a change, records who changed what from which value, and reads it back', async () => {
    const response = await call(t, 'PUT', '/api/admin/settings/signup.policy', { cookie: admin.cookie, payload: { value: 'invitation' }, ip: '203.0.113.9' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ key: 'signup.policy', value: 'invitation', source: 'stored', stored: 'invitation' });
    expect(await getSetting(reader(), 'signup.policy')).toBe('invitation');
    await call(t, 'PUT', '/api/admin/settings/signup.policy', { cookie: admin.cookie, payload: { value: 'closed' } });
    const events = await selectRows<{ actor_id: string; action: string; ip: string; target: string; details: { old: unknown; new: unknown } }>(
      t.database.db,
      sql`select actor_id, action, ip, target, details from audit_events where target = 'signup.policy' order by at`,
    );
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ actor_id: admin.userId, action: 'setting.changed', ip: '203.0.113.9', details: { old: null, new: 'invitation' } });
    expect(events[1]).toMatchObject({ details: { old: 'invitation', new: 'closed' } });
    await call(t, 'PUT', '/api/admin/settings/signup.policy', { cookie: admin.cookie, payload: { value: 'open' } });
  });

  it('refuses a bad value with the setting\'s rule, and an unknown setting', async () => {
    const bad = await call(t, 'PUT', '/api/admin/settings/signup.policy', { cookie: admin.cookie, payload: { value: 'everyone' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/signup\.policy must be one of open, invitation, closed/);
    const badHost = await call(t, 'PUT', '/api/admin/settings/outbound.allow', { cookie: admin.cookie, payload: { value: ['gpu-box', '10.0.0.0/33'] } });
    expect(badHost.statusCode).toBe(400);
    expect(badHost.json().error.message).toMatch(/"10\.0\.0\.0\/33" is not an address range/);
    const good = await call(t, 'PUT', '/api/admin/settings/outbound.allow', { cookie: admin.cookie, payload: { value: ['gpu-box', '*.lan', '10.0.0.0/8', 'fd00::/8'] } });
    expect(good.statusCode).toBe(200);
    expect(await getSetting(reader(), 'outbound.allow')).toEqual(['gpu-box', '*.lan', '10.0.0.0/8', 'fd00::/8']);
    const unknown = await call(t, 'PUT', '/api/admin/settings/no.such', { cookie: admin.cookie, payload: { value: 1 } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toMatch(/There is no setting "no\.such"/);
  });

  it('is for administrators only', async () => {
    expect((await call(t, 'GET', '/api/admin/settings', { cookie: user.cookie })).statusCode).toBe(403);
    const change = await call(t, 'PUT', '/api/admin/settings/signup.policy', { cookie: user.cookie, payload: { value: 'closed' } });
    expect(change.statusCode).toBe(403);
    expect(await getSetting(reader(), 'signup.policy')).toBe('open');
  });
});

describe('settings fixed by environment variables', () => {
  let t: TestApp;
  let admin: Caller;
  beforeAll(async () => {
    t = await createTestApp({ SIGNUP_POLICY: 'closed', OUTBOUND_ALLOW: 'gpu-box, 192.168.0.0/16' });
    admin = await signUp(t, { name: 'Ada Admin' });
  });
  afterAll(async () => t.close());

  it('wins over the stored value, says so, and refuses a change here', async () => {
    const page = (await call(t, 'GET', '/api/admin/settings', { cookie: admin.cookie })).json<{ items: SettingJson[] }>();
    expect(page.items.find((item) => item.key === 'signup.policy')).toMatchObject({ value: 'closed', source: 'env' });
    expect(page.items.find((item) => item.key === 'outbound.allow')).toMatchObject({ value: ['gpu-box', '192.168.0.0/16'], source: 'env' });
    const change = await call(t, 'PUT', '/api/admin/settings/signup.policy', { cookie: admin.cookie, payload: { value: 'open' } });
    expect(change.statusCode).toBe(409);
    expect(change.json().error.message).toMatch(/set by the SIGNUP_POLICY environment variable/);
    expect(await getSetting({ db: t.database.db, settingOverrides: t.config.settingOverrides }, 'signup.policy')).toBe('closed');
  });

  it('refuses to start with a bad variable, naming it', async () => {
    await expect(createTestApp({ OUTBOUND_ALLOW: 'gpu-box, not a host!' })).rejects.toThrow(/OUTBOUND_ALLOW .*"not" is not|OUTBOUND_ALLOW .*"host!" is not/);
  });
});
