import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, providerCredentials, sessions, userPreferences, users, workspaceMembers, workspaces } from '#server/db/schema/index.ts';
import { call, signUp } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

describe('profile, preferences, export and deletion', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('updates the profile and names each bad field', async () => {
    const user = await signUp(t, { name: 'Pat' });
    const patch = await call(t, 'PATCH', '/api/me', {
      cookie: user.cookie,
      payload: { name: 'Pat Doe', phone: '+49 30 1234567', bio: 'Hi', jobTitle: 'Recruiter', timezone: 'Europe/Berlin', dateFormat: 'DD.MM.YYYY', image: 'https://img.example/p.png' },
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json()).toMatchObject({ name: 'Pat Doe', timezone: 'Europe/Berlin', jobTitle: 'Recruiter', email: user.email });
    const badZone = await call(t, 'PATCH', '/api/me', { cookie: user.cookie, payload: { timezone: 'Mars/Olympus' } });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json().error.message).toMatch(/timezone: must be an IANA time zone/);
    const longBio = await call(t, 'PATCH', '/api/me', { cookie: user.cookie, payload: { bio: 'x'.repeat(3000) } });
    expect(longBio.json().error.message).toMatch(/bio: must be at most 2000/);
    const sneaky = await call(t, 'PATCH', '/api/me', { cookie: user.cookie, payload: { role: 'admin' } });
    expect(sneaky.statusCode).toBe(400);
  });

  it('keeps preferences with defaults', async () => {
    const user = await signUp(t);
    expect((await call(t, 'GET', '/api/me/preferences', { cookie: user.cookie })).json()).toEqual({
      theme: 'auto',
      language: 'en',
      notificationsEmail: true,
      notificationsBrowser: true,
      emailMutedTypes: [],
      timezone: null,
      dateFormat: null,
    });
    const prefs = { theme: 'dark', language: 'pt-BR', notificationsEmail: false, notificationsBrowser: true, timezone: 'America/Sao_Paulo', dateFormat: 'DD/MM/YYYY' };
    expect((await call(t, 'PUT', '/api/me/preferences', { cookie: user.cookie, payload: prefs })).statusCode).toBe(200);
    expect((await call(t, 'GET', '/api/me/preferences', { cookie: user.cookie })).json(), 'no muted kinds when left out').toEqual({ ...prefs, emailMutedTypes: [] });
    expect((await call(t, 'PUT', '/api/me/preferences', { cookie: user.cookie, payload: { ...prefs, theme: 'neon' } })).statusCode).toBe(400);
  });

  it('exports every table the user owns without secrets', async () => {
    const user = await signUp(t);
    await call(t, 'PUT', '/api/me/keys/openai', { cookie: user.cookie, payload: { apiKey: 'sk-export-test-9876' } });
    await call(t, 'PUT', '/api/me/preferences', {
      cookie: user.cookie,
      payload: { theme: 'light', language: 'en', notificationsEmail: true, notificationsBrowser: false, timezone: null, dateFormat: null },
    });
    await call(t, 'POST', '/api/workspaces', { cookie: user.cookie, payload: { name: 'Export Co' } });
    const response = await call(t, 'GET', '/api/me/export', { cookie: user.cookie });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="parley-export.json"; filename*=UTF-8''parley-export.json`);
    const data = response.json();
    expect(data.user.email).toBe(user.email);
    expect(data.tables.provider_credentials).toEqual([expect.objectContaining({ provider: 'openai', last4: '9876' })]);
    expect(data.tables.user_preferences[0].notificationsBrowser).toBe(false);
    expect(data.tables.workspace_members).toHaveLength(1);
    expect(data.tables.owned_workspaces[0].name).toBe('Export Co');
    expect(data.tables.sessions.length).toBeGreaterThan(0);
    expect(response.body).not.toContain('sk-export-test');
    expect(response.body).not.toMatch(/"(password|token|ciphertext|secret|salt|nonce|authTag)"/);
  });

  it('deletes the account with its data after the password, transferring co-owned workspaces', async () => {
    const user = await signUp(t);
    const partner = await signUp(t);
    await call(t, 'PUT', '/api/me/keys/anthropic', { cookie: user.cookie, payload: { apiKey: 'sk-ant-delete-me-0001' } });
    const solo = (await call(t, 'POST', '/api/workspaces', { cookie: user.cookie, payload: { name: 'Solo' } })).json().id as string;
    const shared = (await call(t, 'POST', '/api/workspaces', { cookie: user.cookie, payload: { name: 'Shared' } })).json().id as string;
    await t.database.db.insert(workspaceMembers).values({ workspaceId: shared, userId: partner.userId, role: 'owner' });

    expect((await call(t, 'DELETE', '/api/me', { cookie: user.cookie, payload: {} })).statusCode).toBe(400);
    expect((await call(t, 'DELETE', '/api/me', { cookie: user.cookie, payload: { password: 'Not-the-password-1' } })).statusCode).toBe(400);
    const deleted = await call(t, 'DELETE', '/api/me', { cookie: user.cookie, payload: { password: user.password } });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toEqual({ deleted: true, deletedWorkspaces: [solo], transferredWorkspaces: [shared] });

    const db = t.database.db;
    expect(await db.select().from(users).where(eq(users.id, user.userId))).toEqual([]);
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.userId))).toEqual([]);
    expect(await db.select().from(accounts).where(eq(accounts.userId, user.userId))).toEqual([]);
    expect(await db.select().from(providerCredentials).where(eq(providerCredentials.userId, user.userId))).toEqual([]);
    expect(await db.select().from(userPreferences).where(eq(userPreferences.userId, user.userId))).toEqual([]);
    expect(await db.select().from(workspaces).where(eq(workspaces.id, solo))).toEqual([]);
    const [kept] = await db.select().from(workspaces).where(eq(workspaces.id, shared));
    expect(kept?.ownerId).toBe(partner.userId);
    expect((await call(t, 'GET', '/api/me', { cookie: user.cookie })).statusCode).toBe(401);
  });
});
