import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationPage } from '#shared/contracts/notifications.ts';
import type { Ticket, TicketPage } from '#shared/contracts/support.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { multipartBody } from '#tests/support/hiring-http.ts';
import { screenshotPng } from '#tests/support/png.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { writeZip } from '#tests/support/zip-writer.ts';

describe('support tickets', () => {
  let t: TestApp;
  let clock = new Date('2026-03-02T09:00:00Z');
  let admin: Caller;
  let agent: Caller;
  let user: Caller;
  let stranger: Caller;
  let ticketId: string;
  const get = async (who: Caller, id = ticketId) => call(t, 'GET', `/api/support/tickets/${id}`, { cookie: who.cookie });
  const unread = async (who: Caller) => (await call(t, 'GET', '/api/notifications?unread=true', { cookie: who.cookie })).json<NotificationPage>();

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => clock });
    admin = await signUp(t, { name: 'Ada Admin' });
    agent = await signUp(t, { name: 'Sam Support' });
    user = await signUp(t, { name: 'Uma User' });
    stranger = await signUp(t, { name: 'Stan Stranger' });
    const promoted = await call(t, 'PATCH', `/api/admin/users/${agent.userId}`, { cookie: admin.cookie, payload: { role: 'support' } });
    expect(promoted.statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  it('opens a ticket and names what is wrong with a bad one', async () => {
    const empty = await call(t, 'POST', '/api/support/tickets', { cookie: user.cookie, payload: { subject: '  ', description: 'x' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toMatch(/subject/);
    const noDescription = await call(t, 'POST', '/api/support/tickets', { cookie: user.cookie, payload: { subject: 'Upload fails' } });
    expect(noDescription.statusCode).toBe(400);
    expect(noDescription.body).toMatch(/description/);
    expect((await call(t, 'POST', '/api/support/tickets', { cookie: user.cookie, payload: { subject: 'a', description: 'b', priority: 'asap' } })).body).toMatch(/priority/);

    const created = await call(t, 'POST', '/api/support/tickets', {
      cookie: user.cookie,
      payload: { subject: 'CV upload stops at 90 %', description: 'When I upload my CV (PDF, 2 pages) the bar stops at 90 % and nothing happens.', category: 'bug', priority: 'high' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: expect.any(String), status: 'open' });
    ticketId = created.json<{ id: string }>().id;
    const mine = (await call(t, 'GET', '/api/support/tickets', { cookie: user.cookie })).json<TicketPage>();
    expect(mine).toMatchObject({ total: 1, items: [{ id: ticketId, subject: 'CV upload stops at 90 %', status: 'open', priority: 'high', category: 'bug' }] });
    expect((await call(t, 'GET', '/api/support/tickets', { cookie: stranger.cookie })).json<TicketPage>().total).toBe(0);
  });

  it('takes a screenshot checked by its content, not its name', async () => {
    const png = screenshotPng();
    const upload = await multipartBody([{ name: 'Screenshot 2026-03-02 at 09.12.44.png', data: png, type: 'image/png' }], 'file');
    const attached = await call(t, 'PUT', `/api/support/tickets/${ticketId}/attachment`, { cookie: user.cookie, headers: upload.headers, payload: upload.payload });
    expect(attached.statusCode).toBe(200);
    expect(attached.json<Ticket>().attachment).toEqual({ name: 'Screenshot 2026-03-02 at 09.12.44.png', mimeType: 'image/png', sizeBytes: png.byteLength });
    const download = await call(t, 'GET', `/api/support/tickets/${ticketId}/attachment`, { cookie: agent.cookie });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.equals(png)).toBe(true);

    const disguised = await multipartBody([{ name: 'screenshot.png', data: writeZip([{ name: 'a.txt', data: Buffer.from('hi') }]), type: 'image/png' }], 'file');
    const refused = await call(t, 'PUT', `/api/support/tickets/${ticketId}/attachment`, { cookie: user.cookie, headers: disguised.headers, payload: disguised.payload });
    expect(refused.statusCode).toBe(415);
    expect(refused.body).toMatch(/screenshot\.png is not a PNG, JPEG, GIF or WebP screenshot/);
    // A PNG signature with a page behind it is refused too, and neither refusal touches the screenshot stored before.
    const polyglot = await multipartBody([{ name: 'screenshot.png', data: Buffer.concat([png.subarray(0, 8), Buffer.from('<html><script>alert(1)</script></html>')]), type: 'image/png' }], 'file');
    expect((await call(t, 'PUT', `/api/support/tickets/${ticketId}/attachment`, { cookie: user.cookie, headers: polyglot.headers, payload: polyglot.payload })).statusCode).toBe(415);
    const kept = await call(t, 'GET', `/api/support/tickets/${ticketId}/attachment`, { cookie: agent.cookie });
    expect(kept.rawPayload.equals(png)).toBe(true);
    expect((await call(t, 'GET', `/api/support/tickets/${ticketId}`, { cookie: user.cookie })).json<Ticket>().attachment).toMatchObject({ name: 'Screenshot 2026-03-02 at 09.12.44.png', sizeBytes: png.byteLength });
    expect((await call(t, 'GET', `/api/support/tickets/${ticketId}/attachment`, { cookie: stranger.cookie })).statusCode).toBe(404);
    const strangers = await call(t, 'PUT', `/api/support/tickets/${ticketId}/attachment`, { cookie: stranger.cookie, headers: upload.headers, payload: upload.payload });
    expect(strangers.statusCode).toBe(404);
  });

  it('lets staff reply and keep internal notes the requester never sees, notifying each side of replies', async () => {
    const queue = (await call(t, 'GET', '/api/support/queue?status=open&assignee=none', { cookie: agent.cookie })).json<TicketPage>();
    expect(queue.items.map((item) => item.id)).toEqual([ticketId]);
    expect((await call(t, 'GET', '/api/support/queue', { cookie: user.cookie })).statusCode).toBe(403);
    const assigned = await call(t, 'PATCH', `/api/support/tickets/${ticketId}`, { cookie: admin.cookie, payload: { assignedTo: agent.userId, status: 'in_progress' } });
    expect(assigned.json<Ticket>()).toMatchObject({ status: 'in_progress', assignee: { id: agent.userId, name: 'Sam Support' } });
    expect((await call(t, 'PATCH', `/api/support/tickets/${ticketId}`, { cookie: admin.cookie, payload: { assignedTo: user.userId } })).body).toMatch(/assignedTo/);
    expect((await call(t, 'PATCH', `/api/support/tickets/${ticketId}`, { cookie: user.cookie, payload: { status: 'closed' } })).statusCode).toBe(403);
    expect((await call(t, 'GET', '/api/support/queue?assignee=me', { cookie: agent.cookie })).json<TicketPage>().total).toBe(1);

    const note = await call(t, 'POST', `/api/support/tickets/${ticketId}/comments`, { cookie: agent.cookie, payload: { body: 'Probably the 10 MB proxy limit again.', internal: true } });
    expect(note.statusCode).toBe(201);
    expect(note.json()).toMatchObject({ internal: true, authorId: agent.userId });
    const reply = await call(t, 'POST', `/api/support/tickets/${ticketId}/comments`, { cookie: agent.cookie, payload: { body: 'Thanks! Could you try again now? We raised the limit.' } });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({ id: expect.any(String), body: 'Thanks! Could you try again now? We raised the limit.', authorId: agent.userId, internal: false, fromStaff: true });

    const seen = (await get(user)).json<Ticket>();
    expect(seen.status).toBe('waiting');
    expect(seen.comments.map((comment) => comment.body)).toEqual(['Thanks! Could you try again now? We raised the limit.']);
    expect(JSON.stringify(seen)).not.toContain('proxy limit');
    expect((await get(agent)).json<Ticket>().comments.map((comment) => comment.internal)).toEqual([true, false]);
    expect((await get(stranger)).statusCode).toBe(404);
    expect((await call(t, 'POST', `/api/support/tickets/${ticketId}/comments`, { cookie: stranger.cookie, payload: { body: 'me too' } })).statusCode).toBe(404);
    const sneaky = await call(t, 'POST', `/api/support/tickets/${ticketId}/comments`, { cookie: user.cookie, payload: { body: 'hidden?', internal: true } });
    expect(sneaky.statusCode).toBe(403);
    expect((await call(t, 'POST', `/api/support/tickets/${ticketId}/comments`, { cookie: user.cookie, payload: { body: '' } })).body).toMatch(/body/);

    const toUser = await unread(user);
    expect(toUser.items).toHaveLength(1);
    expect(toUser.items[0]).toMatchObject({ type: 'ticket_reply', title: 'Support replied to “CV upload stops at 90 %”', link: `/support/tickets/${ticketId}` });
    expect((await unread(agent)).items, 'an internal note notifies nobody').toHaveLength(0);

    await call(t, 'POST', `/api/support/tickets/${ticketId}/comments`, { cookie: user.cookie, payload: { body: 'It works now, thank you.' } });
    expect((await get(user)).json<Ticket>().status).toBe('open');
    expect((await unread(agent)).items.map((item) => item.title)).toEqual(['New reply on ticket “CV upload stops at 90 %”']);
    expect((await unread(admin)).items, 'the assignee is told, not every administrator').toHaveLength(0);
  });

  it('lets the requester reopen a closed ticket within 14 days, not later', async () => {
    await call(t, 'PATCH', `/api/support/tickets/${ticketId}`, { cookie: agent.cookie, payload: { status: 'closed' } });
    const closed = (await get(user)).json<Ticket>();
    expect(closed).toMatchObject({ status: 'closed', closedAt: clock.toISOString(), reopenUntil: new Date(clock.getTime() + 14 * 86_400_000).toISOString() });
    expect((await call(t, 'POST', `/api/support/tickets/${ticketId}/comments`, { cookie: user.cookie, payload: { body: 'one more thing' } })).statusCode).toBe(409);

    clock = new Date(clock.getTime() + 13 * 86_400_000);
    const reopened = await call(t, 'POST', `/api/support/tickets/${ticketId}/reopen`, { cookie: user.cookie });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json<Ticket>()).toMatchObject({ status: 'open', closedAt: null });
    expect((await call(t, 'POST', `/api/support/tickets/${ticketId}/reopen`, { cookie: user.cookie })).statusCode, 'not closed').toBe(409);

    await call(t, 'PATCH', `/api/support/tickets/${ticketId}`, { cookie: agent.cookie, payload: { status: 'closed' } });
    clock = new Date(clock.getTime() + 14 * 86_400_000 + 60_000);
    const late = await call(t, 'POST', `/api/support/tickets/${ticketId}/reopen`, { cookie: user.cookie });
    expect(late.statusCode).toBe(409);
    expect(late.body).toMatch(/more than 14 days ago/);
    expect((await get(user)).json<Ticket>().reopenUntil, 'the window has passed').toBeNull();
    expect((await call(t, 'POST', `/api/support/tickets/${ticketId}/reopen`, { cookie: stranger.cookie })).statusCode).toBe(404);
    expect((await call(t, 'GET', `/api/support/tickets/${randomUUID()}`, { cookie: user.cookie })).statusCode).toBe(404);
    expect((await call(t, 'GET', '/api/support/tickets/nope', { cookie: user.cookie })).body).toMatch(/ticket id/);
  });
});
