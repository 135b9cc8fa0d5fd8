import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationPage } from '#shared/contracts/notifications.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { notify } from './notify.ts';

describe('notifications', () => {
  let t: TestApp;
  let ada: Caller;
  let bob: Caller;
  const list = async (who: Caller, query = '') => (await call(t, 'GET', `/api/notifications${query}`, { cookie: who.cookie })).json<NotificationPage>();

  beforeAll(async () => {
    t = await createTestApp();
    ada = await signUp(t, { name: 'Ada' });
    bob = await signUp(t, { name: 'Bob' });
  });
  afterAll(async () => t.close());

  it('notifies once per event, newest first, with the unread count', async () => {
    const first = { type: 'batch_finished', eventKey: 'batch:1:finished', title: 'Screening finished', message: '20 CVs ranked, 1 failed', link: '/hiring/batches/1' } as const;
    expect(await notify(t.database.db, ada.userId, first)).toBe(true);
    expect(await notify(t.database.db, ada.userId, first), 'the same event a second time').toBe(false);
    expect(await notify(t.database.db, ada.userId, { type: 'practice_report_ready', eventKey: 'practice:2:report', title: 'Your report is ready', message: 'Rated 4 of 5' })).toBe(true);
    expect(await notify(t.database.db, bob.userId, first), 'another user, the same event').toBe(true);

    const page = await list(ada);
    expect(page).toMatchObject({ total: 2, unread: 2, limit: 20, offset: 0 });
    expect(page.items.map((item) => item.title)).toEqual(['Your report is ready', 'Screening finished']);
    expect(page.items[1]).toMatchObject({ type: 'batch_finished', link: '/hiring/batches/1', readAt: null });
    expect(page.items[0]?.link).toBeNull();
  });

  it('marks one read, then all, and filters the unread', async () => {
    const [newest, older] = (await list(ada)).items;
    expect((await call(t, 'POST', `/api/notifications/${older!.id}/read`, { cookie: ada.cookie })).statusCode).toBe(204);
    expect((await call(t, 'POST', `/api/notifications/${older!.id}/read`, { cookie: ada.cookie })).statusCode, 'read twice').toBe(204);
    const unread = await list(ada, '?unread=true');
    expect(unread).toMatchObject({ total: 1, unread: 1 });
    expect(unread.items.map((item) => item.id)).toEqual([newest!.id]);
    expect((await list(ada)).items.find((item) => item.id === older!.id)?.readAt).toEqual(expect.any(String));

    expect((await call(t, 'POST', '/api/notifications/read-all', { cookie: ada.cookie })).statusCode).toBe(204);
    expect(await list(ada, '?unread=true')).toMatchObject({ total: 0, unread: 0, items: [] });
    expect((await list(bob)).unread, "Bob's stay unread").toBe(1);
  });

  it("never shows or changes another user's notifications, and names bad input", async () => {
    const bobs = (await list(bob)).items[0]!;
    expect((await call(t, 'POST', `/api/notifications/${bobs.id}/read`, { cookie: ada.cookie })).statusCode).toBe(404);
    expect((await list(bob)).items[0]?.readAt).toBeNull();
    expect((await call(t, 'POST', `/api/notifications/${randomUUID()}/read`, { cookie: ada.cookie })).statusCode).toBe(404);
    const malformed = await call(t, 'POST', '/api/notifications/not-an-id/read', { cookie: ada.cookie });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toMatch(/must be a notification id/);
    expect((await call(t, 'GET', '/api/notifications?limit=101', { cookie: ada.cookie })).statusCode).toBe(400);
    expect((await call(t, 'GET', '/api/notifications')).statusCode).toBe(401);
  });
});
