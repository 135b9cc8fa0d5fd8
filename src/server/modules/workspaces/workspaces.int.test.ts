import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, firstLink, latestMail, signUp, type Caller } from '../../../../tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';

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
    expect((await call(t, 'GET', '/api/workspaces', { cookie: owner.cookie })).json().map((w: { id: string }) => w.id)).toEqual([workspaceId]);
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
    expect(JSON.stringify(rows)).not.toContain(token);

    const wrongPerson = await call(t, 'POST', '/api/invitations/accept', { cookie: stranger.cookie, payload: { token } });
    expect(wrongPerson.statusCode).toBe(403);
    expect((await call(t, 'POST', '/api/invitations/accept', { cookie: invited.cookie, payload: { token } })).statusCode).toBe(200);
    expect((await call(t, 'POST', '/api/invitations/accept', { cookie: invited.cookie, payload: { token } })).statusCode).toBe(404);
    const members = (await call(t, 'GET', `/api/workspaces/${workspaceId}/members`, { cookie: invited.cookie })).json();
    expect(members.map((m: { role: string }) => m.role).sort()).toEqual(['interviewer', 'owner']);
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

  it('lets a member leave and an owner delete the workspace', async () => {
    const member = await join('interviewer');
    expect((await call(t, 'POST', `/api/workspaces/${workspaceId}/leave`, { cookie: member.cookie })).statusCode).toBe(204);
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}`, { cookie: member.cookie })).statusCode).toBe(404);
    expect((await call(t, 'DELETE', `/api/workspaces/${workspaceId}`, { cookie: owner.cookie })).statusCode).toBe(204);
    expect((await call(t, 'GET', '/api/workspaces', { cookie: owner.cookie })).json()).toEqual([]);
  });
});
