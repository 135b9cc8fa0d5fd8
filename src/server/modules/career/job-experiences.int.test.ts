import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

describe('linking experiences to a posting and drafting a summary from them', () => {
  let t: TestApp;
  let maya: Caller;
  let other: Caller;
  let postingId: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    maya = await signUp(t, { name: 'Maya Lindqvist' });
    other = await signUp(t, { name: 'Otto Other' });
    const add = async (key: string, payload: unknown) => {
      ids[key] = (await call(t, 'POST', '/api/career/experiences', { cookie: maya.cookie, payload })).json().id;
    };
    await add('close', { title: 'Cut the monthly close from 9 days to 4', description: 'Rebuilt the finance reporting in SQL and dbt. The controller now signs off on day four.', skills: ['SQL', 'dbt'] });
    await add('dashboards', { title: 'Ward dashboards', description: 'Built Power BI dashboards for 14 ward managers.', skills: ['Power BI'] });
    await add('bookclub', { title: 'Ran the office book club', description: 'Picked twelve novels a year for Kestrel Logistics staff.' });
    postingId = (
      await call(t, 'POST', '/api/career/job-postings', {
        cookie: maya.cookie,
        payload: { text: 'Data Analyst at Acme Retail, Manchester.\nRequirements:\n- Strong SQL and dbt\n- Power BI or Tableau\n- Python for automation' },
      })
    ).json().id;
  });
  afterAll(async () => t.close());

  const linkUrl = (experienceId: string) => `/api/career/job-postings/${postingId}/experiences/${experienceId}`;

  it('saves the links the user chooses, with the score and why of the match, best first; and removes one', async () => {
    expect((await call(t, 'GET', `/api/career/job-postings/${postingId}/experiences`, { cookie: maya.cookie })).json()).toEqual({ items: [] });
    const first = await call(t, 'PUT', linkUrl(ids.dashboards!), { cookie: maya.cookie, payload: {} });
    expect(first.statusCode, first.body).toBe(200);
    const saved = await call(t, 'PUT', linkUrl(ids.close!), { cookie: maya.cookie, payload: {} });
    const items = saved.json().items as { experienceId: string; score: number; why: string; skills: string[] }[];
    expect(items.map((item) => item.experienceId)).toEqual([ids.close, ids.dashboards]);
    expect(items[0]).toMatchObject({ skills: expect.arrayContaining(['SQL', 'dbt']) });
    expect(items[0]!.score).toBeGreaterThan(items[1]!.score);
    expect(items[0]!.why).toContain('SQL');
    // Saving again keeps one link, with the user's own note.
    const noted = (await call(t, 'PUT', linkUrl(ids.close!), { cookie: maya.cookie, payload: { note: 'Lead with this one' } })).json().items;
    expect(noted).toHaveLength(2);
    expect(noted[0].why).toBe('Lead with this one');
    await call(t, 'PUT', linkUrl(ids.bookclub!), { cookie: maya.cookie, payload: {} });
    expect((await call(t, 'DELETE', linkUrl(ids.bookclub!), { cookie: maya.cookie })).statusCode).toBe(204);
    expect((await call(t, 'DELETE', linkUrl(ids.bookclub!), { cookie: maya.cookie })).statusCode).toBe(404);
  });

  it('drafts the summary from the linked experiences only: nothing in it comes from anywhere else', async () => {
    const drafted = await call(t, 'POST', `/api/career/job-postings/${postingId}/summary`, { cookie: maya.cookie });
    expect(drafted.statusCode, drafted.body).toBe(200);
    const { summary, experienceIds } = drafted.json<{ summary: string; experienceIds: string[] }>();
    expect(experienceIds.sort()).toEqual([ids.close, ids.dashboards].sort());
    expect(summary).toContain('Cut the monthly close from 9 days to 4');
    expect(summary).toContain('Power BI');
    // Every word and number is the template's or the linked experiences' (titles, descriptions, linked skills).
    const source = 'Relevant experience Cut the monthly close from 9 days to 4 Rebuilt the finance reporting in SQL and dbt. The controller now signs off on day four. SQL dbt Ward dashboards Built Power BI dashboards for 14 ward managers. Power BI';
    const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const allowed = new Set(words(source));
    expect(words(summary).filter((word) => !allowed.has(word))).toEqual([]);
    // Not linked, not asked, not in the summary: the book club, Python (missing from the library), Tableau.
    expect(summary).not.toMatch(/book club|twelve|Kestrel|Python|Tableau|Acme/i);
    expect((await call(t, 'POST', `/api/career/job-postings/${postingId}/summary`, { cookie: maya.cookie })).json().summary).toBe(summary);
  });

  it('asks for a link before drafting, and gives another user 404', async () => {
    const bare = (await call(t, 'POST', '/api/career/job-postings', { cookie: maya.cookie, payload: { text: 'Barista at Bean There. Latte art.' } })).json().id;
    const none = await call(t, 'POST', `/api/career/job-postings/${bare}/summary`, { cookie: maya.cookie });
    expect(none.statusCode).toBe(409);
    expect(none.body).toContain('Link at least one');
    expect((await call(t, 'GET', `/api/career/job-postings/${postingId}/experiences`, { cookie: other.cookie })).statusCode).toBe(404);
    expect((await call(t, 'PUT', linkUrl(ids.close!), { cookie: other.cookie, payload: {} })).statusCode).toBe(404);
    expect((await call(t, 'POST', `/api/career/job-postings/${postingId}/summary`, { cookie: other.cookie })).statusCode).toBe(404);
    const otherPosting = (await call(t, 'POST', '/api/career/job-postings', { cookie: other.cookie, payload: { text: 'Analyst at Globex. SQL.' } })).json().id;
    // Maya's experience cannot be linked to someone else's posting, nor to her own by someone else.
    expect((await call(t, 'PUT', `/api/career/job-postings/${otherPosting}/experiences/${ids.close!}`, { cookie: other.cookie, payload: {} })).statusCode).toBe(404);
  });
});
