import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { addTargetPostings } from '#tests/support/career-stories-http.ts';
import { waitFor } from '#tests/support/hiring-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import type { CareerHome, SkillAnalysis, SkillAnalysisComparison, SkillAnalysisPage } from '#shared/contracts/career-stories.ts';

describe('skill gaps across target postings', () => {
  let t: TestApp;
  let maya: Caller;
  let other: Caller;
  beforeAll(async () => {
    t = await createTestApp({}, { withQueue: true });
    maya = await signUp(t, { name: 'Maya Lindqvist' });
    other = await signUp(t, { name: 'Otto Other' });
  });
  afterAll(async () => t.close());

  const post = (who: Caller, url: string, payload?: unknown) => call(t, 'POST', url, { cookie: who.cookie, ...(payload === undefined ? {} : { payload }) });
  const get = (who: Caller, url: string) => call(t, 'GET', url, { cookie: who.cookie });
  const finished = (who: Caller, id: string) =>
    waitFor(
      async () => (await get(who, `/api/career/skill-analyses/${id}`)).json<SkillAnalysis>(),
      (analysis) => analysis.status === 'completed' || analysis.status === 'failed',
    );

  it('refuses to run without targets, then ranks the gaps across two targets in the background, with progress', async () => {
    const none = await post(maya, '/api/career/skill-analyses');
    expect(none.statusCode).toBe(409);
    expect(none.body).toContain('target');

    expect((await post(maya, '/api/career/skills', { name: 'SQL', level: 'advanced' })).statusCode).toBe(201);
    expect((await post(maya, '/api/career/skills', { name: 'Python', level: 'beginner' })).statusCode).toBe(201);
    expect((await post(maya, '/api/career/skills', { name: 'Excel', level: 'expert' })).statusCode).toBe(201);
    const targets = await addTargetPostings(t, maya);

    const started = await post(maya, '/api/career/skill-analyses');
    expect(started.statusCode, started.body).toBe(202);
    const queued = started.json<SkillAnalysis>();
    expect(queued).toMatchObject({ progressTotal: 2, parameters: { targetIds: targets, skillCount: 3 } });
    expect(['pending', 'running', 'completed']).toContain(queued.status);

    const analysis = await finished(maya, queued.id);
    expect(analysis).toMatchObject({ status: 'completed', progressDone: 2, progressTotal: 2, totalJobsAnalyzed: 2, analyzerVersion: 'parley-skill-gaps/1' });
    expect(analysis.jobs.map((job) => job.id).sort()).toEqual([...targets].sort());
    const bySkill = new Map(analysis.gaps.map((gap) => [gap.skill, gap]));
    const gaps = JSON.stringify(analysis.gaps);
    // Tableau: asked by both targets and missing from the library, so it is among the first; SQL and Excel are covered.
    expect(analysis.gaps[0], gaps).toMatchObject({ jobCount: 2, status: 'missing', distance: 1 });
    expect(bySkill.get('Tableau'), gaps).toMatchObject({ jobCount: 2, status: 'missing', distance: 1 });
    expect(bySkill.get('NetSuite'), gaps).toMatchObject({ jobCount: 1, status: 'missing' });
    expect(bySkill.has('SQL')).toBe(false);
    expect(bySkill.has('Excel')).toBe(false);
    // Python is in the library at beginner; the senior posting asks for advanced.
    expect(bySkill.get('Python'), gaps).toMatchObject({ status: 'below', yourLevel: 'beginner', askedLevel: 'advanced', jobCount: 1 });
    const priorities = analysis.gaps.map((gap) => gap.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));

    // Adding Tableau to the library and running again closes that gap; the two runs compare.
    expect((await post(maya, '/api/career/skills', { name: 'Tableau', level: 'advanced' })).statusCode).toBe(201);
    const second = await finished(maya, (await post(maya, '/api/career/skill-analyses')).json<SkillAnalysis>().id);
    expect(second.gaps.map((gap) => gap.skill)).not.toContain('Tableau');
    const compared = await get(maya, `/api/career/skill-analyses/${second.id}/compare?with=${analysis.id}`);
    expect(compared.statusCode, compared.body).toBe(200);
    expect(compared.json<SkillAnalysisComparison>()).toMatchObject({ before: { id: analysis.id }, after: { id: second.id }, closed: ['Tableau'], opened: [] });
    expect((await get(maya, '/api/career/skill-analyses')).json<SkillAnalysisPage>()).toMatchObject({ total: 2, items: [{ id: second.id }, { id: analysis.id }] });

    const home = (await get(maya, '/api/career/home')).json<CareerHome>();
    expect(home.analysisId).toBe(second.id);
    expect(home.topGaps[0]?.skill).toBe(second.gaps[0]?.skill);
    expect(home.nextStep.kind).toBe('library');
  });

  it("keeps one user's analyses from another (404) and answers a bad id or comparison with a 400", async () => {
    const mine = (await get(maya, '/api/career/skill-analyses')).json<SkillAnalysisPage>().items[0]!;
    expect((await get(other, `/api/career/skill-analyses/${mine.id}`)).statusCode).toBe(404);
    expect((await get(other, `/api/career/skill-analyses/${mine.id}/compare?with=${mine.id}`)).statusCode).toBe(404);
    expect((await get(other, '/api/career/skill-analyses')).json<SkillAnalysisPage>().total).toBe(0);
    expect((await get(other, '/api/career/home')).json<CareerHome>()).toMatchObject({ topGaps: [], analysisId: null, funnel: { total: 0, replyRate: null, medianDaysToReply: null } });
    const badCompare = await get(maya, `/api/career/skill-analyses/${mine.id}/compare?with=nope`);
    expect(badCompare.statusCode).toBe(400);
    expect(badCompare.body).toContain('with');
  });

  it('shows the funnel computed in the database: applications per stage, reply rate and median days to a reply', async () => {
    const [first, second] = (await get(maya, '/api/career/job-postings')).json<{ items: { id: string }[] }>().items;
    const applied = await post(maya, '/api/career/applications', { jobPostingId: first!.id, status: 'applied' });
    expect(applied.statusCode, applied.body).toBe(201);
    expect((await post(maya, '/api/career/applications', { jobPostingId: second!.id, status: 'applied' })).statusCode).toBe(201);
    const moved = await call(t, 'PATCH', `/api/career/applications/${applied.json<{ id: string }>().id}`, { cookie: maya.cookie, payload: { status: 'screening' } });
    expect(moved.statusCode, moved.body).toBe(200);
    const home = (await get(maya, '/api/career/home')).json<CareerHome>();
    expect(home.funnel.total).toBe(2);
    expect(home.funnel.stages.find((stage) => stage.status === 'applied')?.count).toBe(1);
    expect(home.funnel.stages.find((stage) => stage.status === 'screening')?.count).toBe(1);
    expect(home.funnel.replyRate).toBe(0.5);
    expect(home.funnel.medianDaysToReply).toBe(0);
  });
});
