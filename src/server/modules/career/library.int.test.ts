import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

describe('the career library', () => {
  let t: TestApp;
  let maya: Caller;
  let other: Caller;
  beforeAll(async () => {
    t = await createTestApp();
    maya = await signUp(t, { name: 'Maya Lindqvist' });
    other = await signUp(t, { name: 'Otto Other' });
  });
  afterAll(async () => t.close());

  const post = (who: Caller, url: string, payload: unknown) => call(t, 'POST', url, { cookie: who.cookie, payload });
  const get = (who: Caller, url: string) => call(t, 'GET', url, { cookie: who.cookie });

  it('keeps employment and education in the user\'s order, editable and searchable', async () => {
    const acme = await post(maya, '/api/career/employments', { companyName: 'Acme Logistics – Leeds, UK', title: 'Data Analyst', dateStarted: '2019-03', dateFinished: '2021-06' });
    expect(acme.statusCode).toBe(201);
    expect(acme.json()).toMatchObject({ dateStarted: '2019-03-01', dateFinished: '2021-06-01', position: 0 });
    const northwind = await post(maya, '/api/career/employments', { companyName: 'Northwind Health', title: 'Senior Data Analyst', dateStarted: '2021-07' });
    expect(northwind.json().position).toBe(1);

    const badDate = await post(maya, '/api/career/employments', { companyName: 'X', dateStarted: '06/2014' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('dateStarted');
    const noCompany = await post(maya, '/api/career/employments', { title: 'Analyst' });
    expect(noCompany.statusCode).toBe(400);
    expect(noCompany.body).toContain('companyName');

    const patched = await call(t, 'PATCH', `/api/career/employments/${acme.json().id}`, { cookie: maya.cookie, payload: { location: 'Leeds' } });
    expect(patched.json()).toMatchObject({ location: 'Leeds', title: 'Data Analyst' });
    const unchanged = await call(t, 'PATCH', `/api/career/employments/${acme.json().id}`, { cookie: maya.cookie, payload: {} });
    expect(unchanged.json()).toMatchObject({ location: 'Leeds' });

    expect((await post(maya, '/api/career/employments/order', { ids: [northwind.json().id, acme.json().id] })).statusCode).toBe(204);
    const listed = (await get(maya, '/api/career/employments')).json();
    expect(listed.items.map((row: { companyName: string }) => row.companyName)).toEqual(['Northwind Health', 'Acme Logistics – Leeds, UK']);
    expect((await get(maya, '/api/career/employments?q=northwind')).json().total).toBe(1);

    const school = await post(maya, '/api/career/educations', { institutionName: 'University of Leeds', degree: 'BSc', major: 'Mathematics', gpa: 3.7, dateStarted: '2014', dateFinished: '2017' });
    expect(school.statusCode).toBe(201);
    expect(school.json()).toMatchObject({ degree: 'BSc', gpa: 3.7, dateStarted: '2014-01-01' });
  });

  it('adds experiences with skills by name, links them with prominence, and lists a skill\'s experiences', async () => {
    const [employment] = (await get(maya, '/api/career/employments?q=northwind')).json().items;
    const created = await post(maya, '/api/career/experiences', {
      title: 'Cut the monthly close from 9 days to 4',
      description: 'Rebuilt the finance reporting pipeline in dbt and SQL.',
      type: 'achievement',
      dateStarted: '2022-01',
      dateFinished: '2022-12',
      employmentId: employment.id,
      skills: ['SQL', { name: 'dbt', prominence: 'primary', proficiency: 'advanced' }, 'sql'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().skills.map((skill: { name: string }) => skill.name)).toEqual(['SQL', 'dbt']);
    expect(created.json().skills[1]).toMatchObject({ prominence: 'primary', proficiency: 'advanced', method: 'manual' });

    const second = await post(maya, '/api/career/experiences', { title: 'Dashboards for ward managers', skills: ['SQL', 'Power BI'], dateStarted: '2023-01', dateFinished: '2023-12', tags: ['healthcare'] });
    const skills = (await get(maya, '/api/career/skills')).json();
    expect(skills.items.map((skill: { name: string }) => skill.name)).toEqual(['SQL', 'dbt', 'Power BI']);
    const sql = skills.items[0];
    expect(sql).toMatchObject({ experienceCount: 2, years: 2, yearsComputed: true });

    const detail = (await get(maya, `/api/career/skills/${sql.id}`)).json();
    expect(detail.experiences.map((row: { title: string }) => row.title)).toEqual(['Dashboards for ward managers', 'Cut the monthly close from 9 days to 4']);

    const typed = await call(t, 'PATCH', `/api/career/skills/${sql.id}`, { cookie: maya.cookie, payload: { years: 7, level: 'expert' } });
    expect(typed.json()).toMatchObject({ years: 7, yearsComputed: false, level: 'expert' });

    const link = await call(t, 'PUT', `/api/career/experiences/${second.json().id}/skills/${sql.id}`, { cookie: maya.cookie, payload: { prominence: 'supporting', usageNotes: 'ad-hoc queries' } });
    expect(link.statusCode).toBe(204);
    const reread = (await get(maya, `/api/career/experiences/${second.json().id}`)).json();
    expect(reread.skills.find((skill: { name: string }) => skill.name === 'SQL')).toMatchObject({ prominence: 'supporting', usageNotes: 'ad-hoc queries' });

    expect((await get(maya, '/api/career/experiences?q=power bi')).json().items.map((row: { title: string }) => row.title)).toEqual(['Dashboards for ward managers']);
    expect((await get(maya, '/api/career/experiences?q=healthcare')).json().total).toBe(1);

    const replaced = await call(t, 'PATCH', `/api/career/experiences/${second.json().id}`, { cookie: maya.cookie, payload: { skills: ['SQL'] } });
    expect(replaced.json().skills).toEqual([expect.objectContaining({ name: 'SQL', prominence: 'supporting' })]);

    const reordered = await post(maya, '/api/career/experiences/order', { ids: [second.json().id, created.json().id] });
    expect(reordered.statusCode).toBe(204);
    expect((await get(maya, '/api/career/experiences')).json().items[0].id).toBe(second.json().id);

    expect((await call(t, 'DELETE', `/api/career/experiences/${second.json().id}`, { cookie: maya.cookie })).statusCode).toBe(204);
    expect((await get(maya, `/api/career/skills/${sql.id}`)).json().experienceCount).toBe(1);
  });

  it('answers the outside checks\' shapes and refuses an experience without a title, naming the field', async () => {
    const created = await post(maya, '/api/career/experiences', { title: 'Migrated reporting to BigQuery', description: 'Moved 40 reports.', skills: ['BigQuery'] });
    expect(created.statusCode).toBe(201);
    expect(created.json().id).toEqual(expect.any(String));
    const listed = (await get(maya, '/api/career/experiences?limit=100')).json();
    expect(listed.items.find((row: { id: string }) => row.id === created.json().id).skills).toEqual([expect.objectContaining({ name: 'BigQuery' })]);
    const untitled = await post(maya, '/api/career/experiences', { description: 'no title' });
    expect(untitled.statusCode).toBe(400);
    expect(untitled.body).toContain('title');
    const blank = await post(maya, '/api/career/experiences', { title: '   ' });
    expect(blank.statusCode).toBe(400);
  });

  it('keeps every entry from another user: 404 to read, change, link or reorder', async () => {
    const experience = (await get(maya, '/api/career/experiences')).json().items[0];
    const skill = (await get(maya, '/api/career/skills')).json().items[0];
    const employment = (await get(maya, '/api/career/employments')).json().items[0];
    expect((await get(other, `/api/career/experiences/${experience.id}`)).statusCode).toBe(404);
    expect((await get(other, `/api/career/skills/${skill.id}`)).statusCode).toBe(404);
    expect((await get(other, `/api/career/employments/${employment.id}`)).statusCode).toBe(404);
    expect((await call(t, 'PATCH', `/api/career/experiences/${experience.id}`, { cookie: other.cookie, payload: { title: 'mine now' } })).statusCode).toBe(404);
    expect((await call(t, 'DELETE', `/api/career/skills/${skill.id}`, { cookie: other.cookie })).statusCode).toBe(404);
    expect((await post(other, '/api/career/experiences/order', { ids: [experience.id] })).statusCode).toBe(404);
    expect((await post(other, '/api/career/experiences', { title: 'Sneaky', employmentId: employment.id })).statusCode).toBe(400);
    expect((await get(other, '/api/career/experiences')).json().total).toBe(0);
    expect((await get(maya, '/api/career/experiences/not-an-id')).statusCode).toBe(400);
  });
});
