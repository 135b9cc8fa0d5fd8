import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile, SaveProfileBody } from '#shared/contracts/profile.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

const confirmed: SaveProfileBody = {
  fullName: 'Daniel Okafor',
  yearsOfExperience: 7,
  targetRoles: ['Data Analyst', 'Analytics Engineer'],
  keySkills: ['SQL', 'Python', 'Tableau', 'sql'],
  industries: ['Retail'],
};

describe('job seeker profile', () => {
  let t: TestApp;
  let dan: Caller;
  let eve: Caller;

  beforeAll(async () => {
    t = await createTestApp();
    dan = await signUp(t, { name: 'Dan Seeker' });
    eve = await signUp(t, { name: 'Eve Other' });
  });
  afterAll(async () => t?.close());

  it('is empty and not onboarded before anything is saved', async () => {
    const response = await call(t, 'GET', '/api/profile', { cookie: dan.cookie });
    expect(response.statusCode).toBe(200);
    expect(response.json<Profile>()).toEqual({ fullName: null, yearsOfExperience: null, targetRoles: [], keySkills: [], industries: [], onboardedAt: null, currentCv: null });
  });

  it('saves the confirmed profile, sets onboardedAt once and drops repeated list items', async () => {
    const saved = await call(t, 'PUT', '/api/profile', { cookie: dan.cookie, payload: confirmed });
    expect(saved.statusCode).toBe(200);
    const profile = saved.json<Profile>();
    expect(profile).toMatchObject({ ...confirmed, keySkills: ['SQL', 'Python', 'Tableau'], currentCv: null });
    expect(Date.parse(profile.onboardedAt!)).not.toBeNaN();

    const edited = await call(t, 'PUT', '/api/profile', { cookie: dan.cookie, payload: { ...confirmed, yearsOfExperience: null, industries: [] } });
    expect(edited.json<Profile>()).toMatchObject({ yearsOfExperience: null, industries: [], onboardedAt: profile.onboardedAt });
    expect((await call(t, 'GET', '/api/profile', { cookie: dan.cookie })).json<Profile>()).toEqual(edited.json());
  });

  it("is each user's own", async () => {
    expect((await call(t, 'GET', '/api/profile', { cookie: eve.cookie })).json<Profile>()).toMatchObject({ fullName: null, onboardedAt: null });
  });

  it('refuses values outside the limits, naming the field', async () => {
    const cases: [Partial<Record<keyof SaveProfileBody, unknown>> & Record<string, unknown>, string][] = [
      [{ fullName: '' }, 'body.fullName: must not be empty'],
      [{ fullName: 'x'.repeat(201) }, 'body.fullName: must be at most 200 characters'],
      [{ yearsOfExperience: 61 }, 'body.yearsOfExperience: must be between 0 and 60'],
      [{ yearsOfExperience: -1 }, 'body.yearsOfExperience: must be between 0 and 60'],
      [{ yearsOfExperience: 2.5 }, 'body.yearsOfExperience: must be a whole number of years'],
      [{ targetRoles: Array.from({ length: 101 }, (_, index) => `Role ${index}`) }, 'body.targetRoles: must have at most 100 items'],
      [{ keySkills: ['y'.repeat(101)] }, 'body.keySkills.0: must be at most 100 characters'],
      [{ industries: ['  '] }, 'body.industries.0: must not be empty'],
      [{ nickname: 'Danny' }, 'nickname'],
    ];
    for (const [change, message] of cases) {
      const response = await call(t, 'PUT', '/api/profile', { cookie: eve.cookie, payload: { ...confirmed, ...change } });
      expect(response.statusCode, message).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toContain(message);
    }
    expect((await call(t, 'GET', '/api/profile', { cookie: eve.cookie })).json<Profile>().onboardedAt).toBeNull();
  });

  it('needs a session', async () => {
    expect((await call(t, 'GET', '/api/profile')).statusCode).toBe(401);
    expect((await call(t, 'PUT', '/api/profile', { payload: confirmed })).statusCode).toBe(401);
  });
});
