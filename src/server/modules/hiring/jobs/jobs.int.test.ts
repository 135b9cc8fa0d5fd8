import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendJob } from '#tests/fixtures/hiring.ts';
import { createWorkspace, signUp, type Session } from '#tests/support/hiring-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import type { DraftJob, Job, JobPage, JobSearch } from '#shared/contracts/hiring.ts';

describe('jobs API', () => {
  let t: TestApp;
  let owner: Session;
  let workspaceId: string;
  const as = () => ({ cookie: owner.cookie, origin: t.config.publicUrl });

  beforeAll(async () => {
    t = await createTestApp();
    owner = await signUp(t.app, t.config.publicUrl, 'Jo Jobs');
    workspaceId = await createWorkspace(t.app, t.config.publicUrl, owner);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates, searches by full text, edits and deletes jobs', async () => {
    const nurse = { title: 'ICU Nurse', description: 'Registered nurse for our intensive care unit. Requirements: wound care, medication administration.' };
    const created = await t.app.inject({ method: 'POST', url: `/api/workspaces/${workspaceId}/jobs`, headers: as(), payload: backendJob });
    expect(created.statusCode).toBe(201);
    const backend = created.json<Job>();
    expect(backend).toMatchObject({ status: 'open', blindScreening: false, requirements: { seniority: 'senior', minYearsExperience: 5 } });
    await t.app.inject({ method: 'POST', url: `/api/workspaces/${workspaceId}/jobs`, headers: as(), payload: nurse });

    const search = async (q: string) => {
      const found = (await t.app.inject({ method: 'GET', url: `/api/workspaces/${workspaceId}/jobs/search?q=${encodeURIComponent(q)}`, headers: as() })).json<JobSearch>();
      expect(found.mode).toBe('fulltext'); // no embedding provider configured
      expect(found.total).toBe(found.items.length);
      return found.items.map((job) => job.title);
    };
    expect(await search('nursing intensive')).toEqual(['ICU Nurse']);
    expect(await search('payments kubernetes')).toEqual(['Senior Backend Engineer']);
    expect(await search('underwater basket weaving')).toEqual([]);
    const listed = await t.app.inject({ method: 'GET', url: `/api/workspaces/${workspaceId}/jobs?q=nursing`, headers: as() });
    expect(listed.json<JobPage>()).toMatchObject({ total: 1, limit: 20, offset: 0, items: [{ title: 'ICU Nurse' }] });

    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/jobs/${backend.id}`,
      headers: as(),
      payload: { status: 'closed', requirements: { mustHaveSkills: ['Go'], minYearsExperience: 3 } },
    });
    expect(edited.json<Job>()).toMatchObject({ status: 'closed', requirements: { mustHaveSkills: ['Go'], minYearsExperience: 3, seniority: 'senior' } });
    const closed = await t.app.inject({ method: 'GET', url: `/api/workspaces/${workspaceId}/jobs?status=closed`, headers: as() });
    expect(closed.json<JobPage>().items.map((job) => job.id)).toEqual([backend.id]);

    expect((await t.app.inject({ method: 'DELETE', url: `/api/jobs/${backend.id}`, headers: as() })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/jobs/${backend.id}`, headers: as() })).statusCode).toBe(404);
  });

  it('drafts a description from bullet points without inventing anything', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/workspaces/${workspaceId}/jobs/draft`,
      headers: as(),
      payload: { title: 'Data Analyst', bullets: ['Build dashboards in Tableau', '2+ years of experience with SQL and Python'] },
    });
    expect(response.statusCode).toBe(200);
    const draft = response.json<DraftJob>();
    expect(draft.description).toContain('- Build dashboards in Tableau.');
    expect(draft.description).toContain('- 2+ years of experience with SQL and Python.');
    expect(draft.requirements.mustHaveSkills).toEqual(expect.arrayContaining(['SQL', 'Python']));
    expect(draft.requirements.minYearsExperience).toBe(2);
    expect(draft.description).not.toMatch(/salary|benefits|about us/i);
    // A plain text field: no Markdown headings, no title line, no skill list the bullets did not write.
    expect(draft.description).not.toMatch(/^#|\*\*|Required skills/m);
    expect(draft.description.split('\n')[0]).toBe('What you will do');
  });

  it('reads a pasted senior accountant ad: the ERP group is one requirement, the degree its own, hybrid kept (issue 14)', async () => {
    const description = readFileSync(new URL('../../../../../tests/fixtures/jobs/senior-accountant-pasted.txt', import.meta.url), 'utf8');
    const created = await t.app.inject({ method: 'POST', url: `/api/workspaces/${workspaceId}/jobs`, headers: as(), payload: { title: 'Senior Accountant', description } });
    expect(created.statusCode).toBe(201);
    const { requirements } = created.json<Job>();
    expect(requirements).toMatchObject({ degree: "Bachelor's degree in Accounting or Finance", workMode: 'hybrid', minYearsExperience: 5, location: 'Portland, OR' });
    expect(requirements.mustHaveSkills).toEqual(['Accounting', 'GAAP', 'Microsoft Excel', 'ERP (NetSuite, Sage or SAP)']);
    expect(requirements.niceToHaveSkills).toEqual(expect.arrayContaining(['Communication', 'Certified Public Accountant', 'Power BI']));
  });

  it('pages the jobs newest first, with the total of every page', async () => {
    const other = await createWorkspace(t.app, t.config.publicUrl, owner, 'Paging company');
    const titles = ['Job one', 'Job two', 'Job three'];
    for (const title of titles) {
      await t.app.inject({ method: 'POST', url: `/api/workspaces/${other}/jobs`, headers: as(), payload: { title, description: `${title}: TypeScript and PostgreSQL.` } });
    }
    const page = async (query: string) => (await t.app.inject({ method: 'GET', url: `/api/workspaces/${other}/jobs?${query}`, headers: as() })).json<JobPage>();
    expect(await page('limit=2')).toMatchObject({ total: 3, limit: 2, offset: 0, items: [{ title: 'Job three' }, { title: 'Job two' }] });
    expect(await page('limit=2&offset=2')).toMatchObject({ total: 3, offset: 2, items: [{ title: 'Job one' }] });
    const searched = (await t.app.inject({ method: 'GET', url: `/api/workspaces/${other}/jobs/search?q=postgresql&limit=1`, headers: as() })).json<JobSearch>();
    expect(searched).toMatchObject({ mode: 'fulltext', total: 3, limit: 1, offset: 0 });
    expect(searched.items).toHaveLength(1);
  });

  it('answers 400 naming a malformed workspace or job id, and for a page size over 100', async () => {
    const malformed = await t.app.inject({ method: 'GET', url: '/api/workspaces/not-a-workspace/jobs', headers: as() });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<{ error: { message: string } }>().error.message).toMatch(/workspaceId: must be a workspace id/);
    const job = await t.app.inject({ method: 'PATCH', url: '/api/jobs/123', headers: as(), payload: { status: 'closed' } });
    expect(job.statusCode).toBe(400);
    expect(job.json<{ error: { message: string } }>().error.message).toMatch(/jobId: must be a job id/);
    expect((await t.app.inject({ method: 'GET', url: `/api/workspaces/${workspaceId}/jobs?limit=101`, headers: as() })).statusCode).toBe(400);
  });

  it('answers 400 naming the bad field', async () => {
    const response = await t.app.inject({ method: 'POST', url: `/api/workspaces/${workspaceId}/jobs`, headers: as(), payload: { title: '', description: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(/title/);
  });
});
