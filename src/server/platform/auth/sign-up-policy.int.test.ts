import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, strongPassword, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

const signUpAs = (t: TestApp, email: string) => call(t, 'POST', '/api/auth/sign-up/email', { payload: { email, password: strongPassword, name: 'New Person' } });

describe('who may sign up (signup.policy)', () => {
  let t: TestApp;
  let admin: Caller;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUp(t, { name: 'Ada Admin' });
  });
  afterAll(async () => t.close());

  const setPolicy = async (value: string) =>
    expect((await call(t, 'PUT', '/api/admin/settings/signup.policy', { cookie: admin.cookie, payload: { value } })).statusCode).toBe(200);

  it('is open by default', async () => {
    expect((await signUpAs(t, 'open.door@example.test')).statusCode).toBe(200);
  });

  it('with invitation only, refuses an uninvited address with 403 and a clear message, and lets an invited one in', async () => {
    await setPolicy('invitation');
    const refused = await signUpAs(t, 'stranger@example.test');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/by invitation only: ask someone who uses it to invite this email address/);
    const workspaceId = (await call(t, 'POST', '/api/workspaces', { cookie: admin.cookie, payload: { name: 'Invite Co' } })).json().id as string;
    const invited = await call(t, 'POST', `/api/workspaces/${workspaceId}/invitations`, { cookie: admin.cookie, payload: { email: 'Invited.Person@example.test', role: 'recruiter' } });
    expect(invited.statusCode).toBe(201);
    expect((await signUpAs(t, 'invited.person@example.test')).statusCode).toBe(200);
    expect((await signUpAs(t, 'stranger@example.test')).statusCode).toBe(403);
  });

  it('when closed, refuses everyone', async () => {
    await setPolicy('closed');
    const refused = await signUpAs(t, 'late@example.test');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/Sign-up on this Parley is closed/);
    await setPolicy('open');
    expect((await signUpAs(t, 'late@example.test')).statusCode).toBe(200);
  });
});

describe('the first account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SIGNUP_POLICY: 'closed' });
  });
  afterAll(async () => t.close());

  it('may always be created, even with sign-up closed; the next one may not', async () => {
    const first = await signUpAs(t, 'founder@example.test');
    expect(first.statusCode).toBe(200);
    expect((await signUpAs(t, 'second@example.test')).statusCode).toBe(403);
  });
});
