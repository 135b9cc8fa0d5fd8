import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readResumeFixture } from '#tests/fixtures/hiring.ts';
import { createWorkspace, multipartBody, signUp, waitFor, type Session } from '#tests/support/hiring-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import type { Batch, CandidatePage, CandidateProfile, Job, JobPage } from '#shared/contracts/hiring.ts';

/** Issue 14, points 4 and 7: a senior accountant ad pasted from a job site, screened against accountants' CVs. */
const description = readFileSync(new URL('../../../../tests/fixtures/jobs/senior-accountant-pasted.txt', import.meta.url), 'utf8');
const cvs = ['template-signed-accountant.pdf', 'template-supervisor-accountant.pdf', 'accountant.pdf'];
const erp = 'ERP (NetSuite, Sage or SAP)';

describe('hiring: requirements read from a pasted ad, and what the recruiter reads back', () => {
  let t: TestApp;
  let owner: Session;
  let workspaceId: string;
  let job: Job;
  let batch: Batch;
  const as = () => ({ cookie: owner.cookie, origin: t.config.publicUrl });
  const get = async <T>(url: string) => (await t.app.inject({ method: 'GET', url, headers: as() })).json<T>();

  beforeAll(async () => {
    t = await createTestApp({}, { withQueue: true });
    owner = await signUp(t.app, t.config.publicUrl, 'Rosa Recruiter');
    workspaceId = await createWorkspace(t.app, t.config.publicUrl, owner);
    const created = await t.app.inject({ method: 'POST', url: `/api/workspaces/${workspaceId}/jobs`, headers: as(), payload: { title: 'Senior Accountant', description } });
    expect(created.statusCode).toBe(201);
    job = created.json<Job>();
    const upload = await multipartBody(cvs.map((name) => ({ name, data: readResumeFixture(name), type: 'application/pdf' })));
    const response = await t.app.inject({ method: 'POST', url: `/api/jobs/${job.id}/batches`, headers: { ...as(), ...upload.headers }, payload: upload.payload });
    expect(response.statusCode).toBe(202);
    const { id } = response.json<{ id: string }>();
    batch = await waitFor(() => get<Batch>(`/api/batches/${id}`), (value) => value.status === 'completed');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps the ERP group as one requirement that a CV naming SAP meets', async () => {
    expect(job.requirements.mustHaveSkills).toContain(erp);
    expect(job.requirements).toMatchObject({ workMode: 'hybrid', degree: "Bachelor's degree in Accounting or Finance" });
    const ranking = (await get<CandidatePage>(`/api/jobs/${job.id}/candidates`)).items;
    expect(ranking).toHaveLength(cvs.length);
    const sapUser = ranking.find((row) => row.fileName === 'template-signed-accountant.pdf');
    expect(sapUser?.matched).toContain(erp);
    expect(sapUser?.missing).not.toContain(erp);
    for (const row of ranking) expect(row.missing.filter((name) => ['SAP', 'NetSuite', 'Sage'].includes(name))).toEqual([]);
  });

  it('explains a score in short sentences, with the degree and no internal measures', async () => {
    const ranking = (await get<CandidatePage>(`/api/jobs/${job.id}/candidates`)).items;
    const profile = await get<CandidateProfile>(`/api/candidates/${ranking.find((row) => row.fileName === 'template-signed-accountant.pdf')!.id}`);
    expect(profile.reasoning.join(' ')).not.toMatch(/characters \d|TF-IDF|cosine|line \d/);
    expect(profile.reasoning.some((sentence) => sentence.startsWith('Degree: the job asks for'))).toBe(true);
    expect(profile.reasoning.find((sentence) => sentence.startsWith('Named in the CV:'))).toContain('ERP (as SAP)');
    for (const sentence of profile.reasoning) expect(sentence.length).toBeLessThan(220);
    expect(profile.components.find((component) => component.name === 'education')?.value).toBe(1);
  });

  it('finds "Excel" for a CV that lists Microsoft Excel, and the other way round', async () => {
    const excel = await get<CandidatePage>(`/api/jobs/${job.id}/candidates?skill=Excel`);
    const microsoft = await get<CandidatePage>(`/api/jobs/${job.id}/candidates?skill=microsoft%20excel`);
    expect(excel.total).toBeGreaterThan(0);
    expect(excel.items.map((row) => row.id).sort()).toEqual(microsoft.items.map((row) => row.id).sort());
    expect((await get<CandidatePage>(`/api/jobs/${job.id}/candidates?skill=SAP`)).items.map((row) => row.fileName)).toContain('template-signed-accountant.pdf');
  });

  it('shows each screened file with its score, and the job in the list with its candidates and best score', async () => {
    const ranking = (await get<CandidatePage>(`/api/jobs/${job.id}/candidates`)).items;
    const scores = new Map(ranking.map((row) => [row.id, row.score]));
    for (const file of batch.files) expect(file.score).toBe(scores.get(file.candidateId ?? ''));
    const listed = (await get<JobPage>(`/api/workspaces/${workspaceId}/jobs`)).items.find((item) => item.id === job.id);
    expect(listed).toMatchObject({ candidates: cvs.length, bestScore: Math.max(...scores.values()) });
  });

  it('exports a file named after the job and the date, with the score parts and the years of experience', async () => {
    const csv = await t.app.inject({ method: 'GET', url: `/api/jobs/${job.id}/candidates.csv`, headers: as() });
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="senior-accountant-candidates-\d{4}-\d{2}-\d{2}\.csv"/);
    const [header = '', ...lines] = csv.body.trimEnd().split('\r\n');
    const columns = header.split(',');
    expect(columns).toEqual(expect.arrayContaining(['Years of experience', 'Must-have skills (%)', 'Degree (%)', 'Experience asked (%)']));
    const signed = lines.find((line) => line.includes('template-signed-accountant.pdf'))?.split(',') ?? [];
    expect(Number(signed[columns.indexOf('Years of experience')])).toBeGreaterThanOrEqual(6);
    expect(signed[columns.indexOf('Degree (%)')]).toBe('100');
    const xlsx = await t.app.inject({ method: 'GET', url: `/api/jobs/${job.id}/candidates.xlsx`, headers: as() });
    expect(xlsx.headers['content-disposition']).toMatch(/filename="senior-accountant-candidates-\d{4}-\d{2}-\d{2}\.xlsx"/);
  });
});
