import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { multipartBody } from '#tests/support/hiring-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

const require = createRequire(import.meta.url);
const schemaDir = path.dirname(require.resolve('@jsonresume/schema/schema.json'));
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../tests/fixtures/resumes');

/** The official JSON Resume schema, compiled strictly with formats, as the brief's acceptance check asks. */
function officialValidator() {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(readJson(path.join(schemaDir, 'schema.json')));
}

type Proposal = { employments: { key: string; companyName: string }[]; educations: unknown[]; experiences: { key: string; employmentKey?: string | null }[]; skills: unknown[]; warnings: string[] };

describe('filling the library from a CV or a JSON Resume, and exporting it', () => {
  let t: TestApp;
  let maya: Caller;
  let other: Caller;
  const validate = officialValidator();
  beforeAll(async () => {
    t = await createTestApp();
    maya = await signUp(t, { name: 'Maya Lindqvist' });
    other = await signUp(t, { name: 'Otto Other' });
  });
  afterAll(async () => t.close());

  const post = (who: Caller, url: string, payload: unknown) => call(t, 'POST', url, { cookie: who.cookie, payload });
  const get = (who: Caller, url: string) => call(t, 'GET', url, { cookie: who.cookie });

  it('round-trips the official sample through the library, and the export is valid against the official schema', async () => {
    const sample = readJson(path.join(schemaDir, 'sample.resume.json'));
    const proposed = await post(maya, '/api/career/import/json-resume', { document: sample });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const proposal = proposed.json<Proposal>();
    expect((await get(maya, '/api/career/employments')).json().total).toBe(0);

    const { source: _source, warnings: _warnings, ...accepted } = proposal as Proposal & { source: string };
    const committed = await post(maya, '/api/career/import', accepted);
    expect(committed.statusCode, committed.body).toBe(201);
    expect(committed.json().employments).toBe((sample.work as unknown[]).length);

    const exported = await get(maya, '/api/career/export/json-resume');
    expect(exported.statusCode).toBe(200);
    const document = exported.json<Record<string, { name?: string; position?: string; institution?: string; highlights?: string[] }[]>>();
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    const work = sample.work as { name: string; position: string; highlights: string[] }[];
    expect(document.work!.map((job) => [job.name, job.position])).toEqual(work.map((job) => [job.name, job.position]));
    expect(document.work![0]!.highlights).toEqual(work[0]!.highlights);
    expect(document.education!.map((school) => school.institution)).toEqual((sample.education as { institution: string }[]).map((school) => school.institution));
    // Skill groups' keywords become skills, and so do the keywords of projects (the skills those projects show).
    const keywords = [...(sample.skills as { keywords: string[] }[]), ...(sample.projects as { keywords: string[] }[])].flatMap((entry) => entry.keywords);
    expect(new Set(document.skills!.map((skill) => skill.name))).toEqual(new Set(keywords));
  });

  it('validates every packaged example after import and export', async () => {
    const examples = path.join(schemaDir, 'examples');
    const { readdirSync } = await import('node:fs');
    for (const file of readdirSync(examples).filter((name) => name.endsWith('.resume.json'))) {
      const user = await signUp(t);
      const { source: _s, warnings: _w, ...accepted } = (await post(user, '/api/career/import/json-resume', { document: readJson(path.join(examples, file)) })).json<Proposal & { source: string }>();
      const saved = await post(user, '/api/career/import', accepted);
      expect(saved.statusCode, saved.body).toBe(201);
      const document = (await get(user, '/api/career/export/json-resume')).json();
      expect(validate(document), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('accepts the old key names, reads partial dates and names by path what it cannot read', async () => {
    const legacy = {
      basics: { name: 'Sam Old', website: 'https://sam.example', picture: 'https://sam.example/me.png' },
      work: [{ company: 'Initech – Austin, TX', position: 'Programmer', startDate: '2014', endDate: 'Present', highlights: ['Fixed the Y2K bug in 3 days'] }, { company: 'Chotchkie\u2019s', startDate: '06/2014' }],
      education: [{ institution: 'UT Austin', studyType: 'BS', area: 'Computer Science', gpa: '3.4' }],
    };
    const proposal = (await post(maya, '/api/career/import/json-resume', { document: legacy })).json<Proposal & { employments: { dateStarted: string | null; dateFinished: string | null }[]; educations: { gpa: number }[] }>();
    expect(proposal.employments[0]).toMatchObject({ companyName: 'Initech – Austin, TX', dateStarted: '2014-01-01', dateFinished: null });
    expect(proposal.employments[1]).toMatchObject({ companyName: 'Chotchkie\u2019s', dateStarted: null });
    expect(proposal.warnings).toEqual(['work[1].startDate: "06/2014" is not a date written YYYY, YYYY-MM or YYYY-MM-DD; left empty']);
    expect(proposal.educations[0]).toMatchObject({ gpa: 3.4 });
    expect(proposal.experiences[0]).toMatchObject({ employmentKey: 'work-0' });
    expect((await post(maya, '/api/career/import/json-resume', { document: 'not an object' })).statusCode).toBe(400);
  });

  it('proposes the current CV section by section and saves only the entries the user kept', async () => {
    const user = await signUp(t, { name: 'Priya Raman' });
    expect((await get(user, '/api/career/import/cv')).statusCode).toBe(404);
    const cv = await multipartBody([{ name: 'data-analyst.pdf', data: readFileSync(path.join(fixtures, 'data-analyst.pdf')), type: 'application/pdf' }], 'file');
    const uploaded = await t.app.inject({ method: 'POST', url: '/api/profile/cvs', payload: cv.payload, headers: { ...cv.headers, origin: t.config.publicUrl, cookie: user.cookie } });
    expect(uploaded.statusCode).toBe(201);
    const proposal = (await get(user, '/api/career/import/cv')).json<Proposal>();
    expect(proposal.employments.length).toBeGreaterThan(1);
    expect((await get(user, '/api/career/employments')).json().total).toBe(0);

    const [kept, ...skipped] = proposal.employments;
    const review = {
      employments: [{ ...kept!, title: 'Edited title' }],
      educations: proposal.educations,
      experiences: proposal.experiences.filter((experience) => !skipped.some((job) => job.key === experience.employmentKey)),
      skills: [],
    };
    expect((await post(user, '/api/career/import', review)).statusCode).toBe(201);
    const saved = (await get(user, '/api/career/employments')).json();
    expect(saved.items).toEqual([expect.objectContaining({ companyName: kept!.companyName, title: 'Edited title' })]);
    const dangling = await post(user, '/api/career/import', { employments: [], educations: [], skills: [], experiences: [{ key: 'x', title: 'Orphan', employmentKey: 'work-9' }] });
    expect(dangling.statusCode).toBe(400);
    expect(dangling.body).toContain('employmentKey');
  });

  it('keeps skill links and typed years in Parley\'s own export, and another user sees none of it', async () => {
    const experience = await post(maya, '/api/career/experiences', { title: 'Led the data guild', skills: [{ name: 'Mentoring', prominence: 'primary' }] });
    const mentoring = experience.json().skills[0].skillId;
    await call(t, 'PATCH', `/api/career/skills/${mentoring}`, { cookie: maya.cookie, payload: { years: 4 } });
    const own = (await get(maya, '/api/career/export/parley')).json();
    expect(own).toMatchObject({ format: 'parley-career-library', version: 1 });
    expect(own.experiences.find((row: { title: string }) => row.title === 'Led the data guild').skills).toEqual([expect.objectContaining({ name: 'Mentoring', prominence: 'primary' })]);
    expect(own.skills.find((row: { name: string }) => row.name === 'Mentoring')).toMatchObject({ years: 4, yearsComputed: false });
    const theirs = (await get(other, '/api/career/export/json-resume')).json();
    expect(JSON.stringify(theirs)).not.toContain('Pied Piper');
    expect(theirs.work).toEqual([]);
    expect((await get(other, '/api/career/export/parley')).json().experiences).toEqual([]);
  });
});
