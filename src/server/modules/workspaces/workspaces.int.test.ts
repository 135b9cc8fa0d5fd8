import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, firstLink, latestMail, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

describe('workspaces, members and invitations', () => {
  let t: TestApp;
  let owner: Caller;
  let workspaceId: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await signUp(t, { name: 'Olivia Owner' });
  });
  afterAll(async () => t.close());

  async function invite(email: string, role: string, by: Caller = owner) {
    const response = await call(t, 'POST', `/api/workspaces/${workspaceId}/invitations`, { cookie: by.cookie, payload: { email, role } });
    return response;
  }

  async function join(role: 'recruiter' | 'interviewer' | 'owner'): Promise<Caller> {
    const member = await signUp(t);
    expect((await invite(member.email, role)).statusCode).toBe(201);
    const token = new URL(firstLink((await latestMail(t, member.email)).textBody)).searchParams.get('token');
    const accepted = await call(t, 'POST', '/api/invitations/accept', { cookie: member.cookie, payload: { token } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ workspaceId, role });
    return member;
  }

  it('creates a workspace with the creator as owner', async () => {
    const created = await call(t, 'POST', '/api/workspaces', { cookie: owner.cookie, payload: { name: 'Acme hiring' } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Acme hiring', role: 'owner', ownerId: owner.userId });
    workspaceId = created.json().id;
    const mine = await call(t, 'GET', '/api/workspaces', { cookie: owner.cookie });
    expect(mine.json()).toMatchObject({ total: 1, limit: 20, offset: 0 });
    expect(mine.json().items.map((w: { id: string }) => w.id)).toEqual([workspaceId]);
    const empty = await call(t, 'POST', '/api/workspaces', { cookie: owner.cookie, payload: { name: '  ' } });
    expect(empty.statusCode).toBe(400);
  });

  it('invites by email with a single-use token that only the invited address can accept', async () => {
    const invited = await signUp(t);
    const stranger = await signUp(t);
    expect((await invite(invited.email, 'interviewer')).statusCode).toBe(201);
    const mail = await latestMail(t, invited.email);
    expect(mail.kind).toBe('workspace_invitation');
    expect(mail.subject).toContain('Acme hiring');
    const token = new URL(firstLink(mail.textBody)).searchParams.get('token')!;
    const rows = (await call(t, 'GET', `/api/workspaces/${workspaceId}/invitations`, { cookie: owner.cookie })).json();
    expect(rows.items.map((row: { email: string }) => row.email)).toContain(invited.email);
    expect(JSON.stringify(rows)).not.toContain(token);

    const wrongPerson = await call(t, 'POST', '/api/invitations/accept', { cookie: stranger.cookie, payload: { token } });
    expect(wrongPerson.statusCode).toBe(403);
    expect((await call(t, 'POST', '/api/invitations/accept', { cookie: invited.cookie, payload: { token } })).statusCode).toBe(200);
    expect((await call(t, 'POST', '/api/invitations/accept', { cookie: invited.cookie, payload: { token } })).statusCode).toBe(404);
    const members = (await call(t, 'GET', `/api/workspaces/${workspaceId}/members`, { cookie: invited.cookie })).json();
    expect(members.total).toBe(2);
    expect(members.items.map((m: { role: string }) => m.role).sort()).toEqual(['interviewer', 'owner']);
  });

  it('enforces roles: interviewers read, recruiters invite non-owners, owners manage', async () => {
    const interviewer = await join('interviewer');
    const recruiter = await join('recruiter');
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}`, { cookie: interviewer.cookie })).json().role).toBe('interviewer');
    expect((await invite('someone@example.test', 'interviewer', interviewer)).statusCode).toBe(403);
    expect((await call(t, 'PATCH', `/api/workspaces/${workspaceId}`, { cookie: interviewer.cookie, payload: { name: 'Mine now' } })).statusCode).toBe(403);
    expect((await invite('someone@example.test', 'interviewer', recruiter)).statusCode).toBe(201);
    expect((await invite('boss@example.test', 'owner', recruiter)).statusCode).toBe(403);
    expect((await call(t, 'PATCH', `/api/workspaces/${workspaceId}/members/${interviewer.userId}`, { cookie: recruiter.cookie, payload: { role: 'owner' } })).statusCode).toBe(403);

    const promote = await call(t, 'PATCH', `/api/workspaces/${workspaceId}/members/${interviewer.userId}`, { cookie: owner.cookie, payload: { role: 'recruiter' } });
    expect(promote.statusCode).toBe(204);
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}`, { cookie: interviewer.cookie })).json().role).toBe('recruiter');
    expect((await call(t, 'DELETE', `/api/workspaces/${workspaceId}/members/${recruiter.userId}`, { cookie: owner.cookie })).statusCode).toBe(204);
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}`, { cookie: recruiter.cookie })).statusCode).toBe(404);
  });

  it('hides workspaces from non-members and keeps at least one owner', async () => {
    const outsider = await signUp(t);
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}`, { cookie: outsider.cookie })).statusCode).toBe(404);
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}/members`, { cookie: outsider.cookie })).statusCode).toBe(404);
    expect((await call(t, 'GET', '/api/workspaces/not-a-uuid', { cookie: outsider.cookie })).statusCode).toBe(400);
    const leave = await call(t, 'POST', `/api/workspaces/${workspaceId}/leave`, { cookie: owner.cookie });
    expect(leave.statusCode).toBe(409);
    expect(leave.json().error.message).toMatch(/at least one owner/);
    const demote = await call(t, 'PATCH', `/api/workspaces/${workspaceId}/members/${owner.userId}`, { cookie: owner.cookie, payload: { role: 'interviewer' } });
    expect(demote.statusCode).toBe(409);
  });

  it('checks roles in the service: recruiters write, only owners manage, each refusal names the roles that may', async () => {
    const recruiter = await join('recruiter');
    const interviewer = await join('interviewer');
    const listed = await call(t, 'GET', `/api/workspaces/${workspaceId}/invitations`, { cookie: recruiter.cookie });
    expect(listed.statusCode).toBe(200);
    const pending = listed.json().items.find((item: { acceptedAt: string | null }) => item.acceptedAt === null);
    expect((await call(t, 'DELETE', `/api/workspaces/${workspaceId}/invitations/${pending.id}`, { cookie: recruiter.cookie })).statusCode).toBe(204);

    const refusedList = await call(t, 'GET', `/api/workspaces/${workspaceId}/invitations`, { cookie: interviewer.cookie });
    expect(refusedList.statusCode).toBe(403);
    expect(refusedList.json().error.message).toMatch(/\(interviewer\).*needs owner or recruiter/);
    const refusedDelete = await call(t, 'DELETE', `/api/workspaces/${workspaceId}`, { cookie: recruiter.cookie });
    expect(refusedDelete.statusCode).toBe(403);
    expect(refusedDelete.json().error.message).toMatch(/\(recruiter\).*needs owner/);
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}/keys`, { cookie: recruiter.cookie })).statusCode).toBe(403);
    expect((await call(t, 'DELETE', `/api/workspaces/${workspaceId}/members/${owner.userId}`, { cookie: owner.cookie })).statusCode).toBe(400);

    const stranger = await signUp(t);
    const hidden = await call(t, 'PATCH', `/api/workspaces/${workspaceId}`, { cookie: stranger.cookie, payload: { name: 'Mine now' } });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.message).toBe('Workspace not found.');

    const badMember = await call(t, 'DELETE', `/api/workspaces/${workspaceId}/members/not-a-uuid`, { cookie: owner.cookie });
    expect(badMember.statusCode).toBe(400);
    expect(badMember.json().error.message).toMatch(/params\.userId: must be a user id/);
    const badInvitation = await call(t, 'DELETE', `/api/workspaces/${workspaceId}/invitations/nope`, { cookie: owner.cookie });
    expect(badInvitation.json().error.message).toMatch(/params\.invitationId: must be an invitation id/);

    for (const member of [recruiter, interviewer]) {
      expect((await call(t, 'DELETE', `/api/workspaces/${workspaceId}/members/${member.userId}`, { cookie: owner.cookie })).statusCode).toBe(204);
    }
  });

  it('pages workspaces, members and invitations with a total, sorted in the database', async () => {
    const pager = await signUp(t, { name: 'Paula Pager' });
    for (const name of ['Charlie Co', 'Alpha Co', 'Bravo Co']) {
      expect((await call(t, 'POST', '/api/workspaces', { cookie: pager.cookie, payload: { name } })).statusCode).toBe(201);
    }
    const second = await call(t, 'GET', '/api/workspaces?limit=2&offset=2', { cookie: pager.cookie });
    expect(second.json()).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(second.json().items.map((w: { name: string }) => w.name)).toEqual(['Charlie Co']);
    const first = (await call(t, 'GET', '/api/workspaces?limit=2', { cookie: pager.cookie })).json();
    expect(first.items.map((w: { name: string }) => w.name)).toEqual(['Alpha Co', 'Bravo Co']);
    const tooBig = await call(t, 'GET', '/api/workspaces?limit=101', { cookie: pager.cookie });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.message).toMatch(/limit: must be at most 100/);
    expect((await call(t, 'GET', '/api/workspaces?offset=-1', { cookie: pager.cookie })).statusCode).toBe(400);

    const alpha = first.items[0].id as string;
    for (const email of ['a@example.test', 'b@example.test', 'c@example.test']) {
      expect((await call(t, 'POST', `/api/workspaces/${alpha}/invitations`, { cookie: pager.cookie, payload: { email, role: 'interviewer' } })).statusCode).toBe(201);
    }
    const invitations = (await call(t, 'GET', `/api/workspaces/${alpha}/invitations?limit=2&offset=2`, { cookie: pager.cookie })).json();
    expect(invitations).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(invitations.items.map((row: { email: string }) => row.email)).toEqual(['a@example.test']);
    expect((await call(t, 'GET', `/api/workspaces/${alpha}/invitations?limit=500`, { cookie: pager.cookie })).statusCode).toBe(400);

    const members = (await call(t, 'GET', `/api/workspaces/${workspaceId}/members?limit=1`, { cookie: owner.cookie })).json();
    expect(members.items).toHaveLength(1);
    const rest = (await call(t, 'GET', `/api/workspaces/${workspaceId}/members?limit=1&offset=1`, { cookie: owner.cookie })).json();
    expect(rest.total).toBe(members.total);
    expect(members.total).toBeGreaterThanOrEqual(2);
    expect(rest.items[0].userId).not.toBe(members.items[0].userId);
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}/members?limit=101`, { cookie: owner.cookie })).statusCode).toBe(400);
  });

  it('lets a member leave and an owner delete the workspace', async () => {
    const member = await join('interviewer');
    expect((await call(t, 'POST', `/api/workspaces/${workspaceId}/leave`, { cookie: member.cookie })).statusCode).toBe(204);
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}`, { cookie: member.cookie })).statusCode).toBe(404);
    expect((await call(t, 'DELETE', `/api/workspaces/${workspaceId}`, { cookie: owner.cookie })).statusCode).toBe(204);
    expect((await call(t, 'GET', '/api/workspaces', { cookie: owner.cookie })).json()).toEqual({ items: [], total: 0, limit: 20, offset: 0 });
  });
});
