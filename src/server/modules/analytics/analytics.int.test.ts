import { asc, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { addMember, insertWorkspace } from '#tests/support/hiring-seed.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import {
  candidates,
  cvBatches,
  installationSnapshots,
  jobApplications,
  jobPostings,
  jobs,
  practiceAnswers,
  practiceQuestions,
  practiceSessions,
  resumes,
  scheduledInterviews,
  sessions,
  userAnalyticsDaily,
  users,
} from '#server/db/schema/index.ts';
import { createAnalyticsDeps, rollUpAnalytics } from '#server/modules/analytics/index.ts';
import type { AdminAnalytics, MyAnalytics, WorkspaceAnalytics } from '#shared/contracts/analytics.ts';
import { jobApplicationStatuses } from '#shared/vocabulary.ts';

// The process's clock: frozen on Wednesday 13 March 2030 at noon (UTC); every record below is dated around it.
const now = new Date('2030-03-13T12:00:00Z');
const at = (iso: string) => new Date(`2030-${iso}:00Z`);
const range = 'from=2030-03-10&to=2030-03-13';

describe('analytics: exact figures per day for a job seeker, a workspace and the administrator', () => {
  let t: TestApp;
  let admin: Caller;
  let seeker: Caller;
  let owner: Caller;
  let recruiter: Caller;
  let interviewer: Caller;
  let outsider: Caller;
  let workspaceId: string;
  let c6: string;

  async function insertCandidate(jobId: string, input: { uploaded: string; size: number; status?: 'shortlisted' | 'rejected'; decided?: string; by?: string }) {
    const { db } = t.database;
    const [resume] = await db
      .insert(resumes)
      .values({ workspaceId, fileName: 'cv.pdf', storagePath: `cv-${input.size}`, sizeBytes: input.size, uploadedAt: at(input.uploaded) })
      .returning({ id: resumes.id });
    const [row] = await db
      .insert(candidates)
      .values({
        workspaceId,
        jobId,
        resumeId: resume!.id,
        name: `Candidate ${input.size}`,
        createdAt: at(input.uploaded),
        ...(input.status ? { status: input.status, decidedAt: at(input.decided!), decidedBy: input.by! } : {}),
      })
      .returning({ id: candidates.id });
    return row!.id;
  }

  async function insertPractice(created: string, status: 'completed' | 'in_progress', answered: string[]) {
    const { db } = t.database;
    const [session] = await db.insert(practiceSessions).values({ userId: seeker.userId, status, createdAt: at(created) }).returning({ id: practiceSessions.id });
    for (const [position, when] of answered.entries()) {
      const [question] = await db.insert(practiceQuestions).values({ sessionId: session!.id, text: `Question ${position}`, position }).returning({ id: practiceQuestions.id });
      await db.insert(practiceAnswers).values({ questionId: question!.id, sessionId: session!.id, userId: seeker.userId, transcript: 'An answer.', answeredAt: at(when) });
    }
  }

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => now });
    const { db } = t.database;
    admin = await signUp(t, { name: 'Ada Admin' });
    seeker = await signUp(t, { name: 'Sam Seeker' });
    owner = await signUp(t, { name: 'Olivia Owner' });
    recruiter = await signUp(t, { name: 'Rita Recruiter' });
    interviewer = await signUp(t, { name: 'Ian Interviewer' });
    outsider = await signUp(t, { name: 'Oscar Outsider' });
    const signedUp: [Caller, string][] = [
      [admin, '03-10T08:00'],
      [seeker, '03-10T09:00'],
      [owner, '03-11T08:00'],
      [recruiter, '03-11T09:00'],
      [interviewer, '03-12T08:00'],
      [outsider, '03-12T09:00'],
    ];
    for (const [user, when] of signedUp) await db.update(users).set({ createdAt: at(when) }).where(eq(users.id, user.userId));

    // The job seeker: three practice sessions (one before the period), answers, two applications.
    await insertPractice('03-03T10:00', 'completed', []);
    await insertPractice('03-10T09:00', 'completed', ['03-10T09:10', '03-10T09:20']);
    await insertPractice('03-12T09:00', 'in_progress', ['03-12T09:10']);
    const [posting] = await db.insert(jobPostings).values({ addedBy: seeker.userId, jobTitle: 'Analyst' }).returning({ id: jobPostings.id });
    const [other] = await db.insert(jobPostings).values({ addedBy: seeker.userId, jobTitle: 'Auditor' }).returning({ id: jobPostings.id });
    await db.insert(jobApplications).values([
      { userId: seeker.userId, jobPostingId: posting!.id, status: 'applied', createdAt: at('03-11T10:00') },
      { userId: seeker.userId, jobPostingId: other!.id, status: 'saved', createdAt: at('03-01T10:00') },
    ]);

    // The workspace: two jobs, candidates decided by the owner and the recruiter, interviews, a batch.
    workspaceId = await insertWorkspace(db, owner);
    await addMember(db, workspaceId, recruiter, 'recruiter');
    await addMember(db, workspaceId, interviewer, 'interviewer');
    const [accountant] = await db.insert(jobs).values({ workspaceId, title: 'Accountant', description: 'Month-end close.' }).returning({ id: jobs.id });
    const [baker] = await db.insert(jobs).values({ workspaceId, title: 'Baker', description: 'Bread.' }).returning({ id: jobs.id });
    await insertCandidate(accountant!.id, { uploaded: '03-10T08:00', size: 1000, status: 'shortlisted', decided: '03-11T08:00', by: recruiter.userId }); // 24 h
    await insertCandidate(accountant!.id, { uploaded: '03-10T08:00', size: 2000, status: 'rejected', decided: '03-12T20:00', by: owner.userId }); // 60 h
    await insertCandidate(accountant!.id, { uploaded: '03-11T10:00', size: 3000, status: 'rejected', decided: '03-11T16:00', by: recruiter.userId }); // 6 h
    await insertCandidate(baker!.id, { uploaded: '03-12T09:00', size: 4000 });
    await insertCandidate(baker!.id, { uploaded: '03-01T09:00', size: 500, status: 'rejected', decided: '03-01T10:00', by: owner.userId }); // before the period
    c6 = await insertCandidate(baker!.id, { uploaded: '03-13T06:00', size: 600 }); // shortlisted through the API at noon: 6 h
    await db.insert(cvBatches).values({ workspaceId, jobId: baker!.id, name: 'Tuesday', createdAt: at('03-12T09:00') });
    const interview = { workspaceId, candidateName: 'A candidate', candidateEmail: 'candidate@example.test', jobTitle: 'Accountant' };
    await db.insert(scheduledInterviews).values([
      { ...interview, calendarUid: 'i1', status: 'completed', outcome: 'pass', scheduledTime: at('03-11T10:00'), scheduledBy: recruiter.userId, createdAt: at('03-10T12:00') },
      { ...interview, calendarUid: 'i2', status: 'completed', outcome: 'fail', scheduledTime: at('03-12T10:00'), scheduledBy: recruiter.userId, createdAt: at('03-10T12:00') },
      { ...interview, calendarUid: 'i3', status: 'scheduled', scheduledTime: at('03-14T10:00'), scheduledBy: owner.userId, createdAt: at('03-12T12:00') },
    ]);
    const shortlisted = await call(t, 'POST', `/api/candidates/${c6}/shortlist`, { cookie: recruiter.cookie });
    expect(shortlisted.statusCode, shortlisted.body).toBe(200);

    // Sessions: only the interviewer's counts (used on the 12th, with nothing else done); the rest are long past.
    await db.update(sessions).set({ createdAt: at('01-01T00:00'), lastSeenAt: null }).where(ne(sessions.userId, interviewer.userId));
    await db.update(sessions).set({ createdAt: at('03-12T08:00'), lastSeenAt: null }).where(eq(sessions.userId, interviewer.userId));
  });
  afterAll(async () => t.close());

  const rolledUp = async () =>
    (
      await t.database.db
        .select({ userId: userAnalyticsDaily.userId, day: userAnalyticsDaily.day, s: userAnalyticsDaily.practiceSessions, a: userAnalyticsDaily.answers, p: userAnalyticsDaily.applications, d: userAnalyticsDaily.candidatesDecided })
        .from(userAnalyticsDaily)
        .orderBy(asc(userAnalyticsDaily.day), asc(userAnalyticsDaily.userId))
    ).map((row) => ({ ...row }));

  it('rolls up each day once per user, catches up on missed days, and writes the same rows when run again', async () => {
    const deps = createAnalyticsDeps({ database: t.database, now: () => at('03-11T23:00') });
    expect(await rollUpAnalytics(deps)).toEqual({ days: ['2030-03-10', '2030-03-11'] });
    const later = createAnalyticsDeps({ database: t.database, now: () => now });
    expect(await rollUpAnalytics(later)).toEqual({ days: ['2030-03-11', '2030-03-12', '2030-03-13'] });
    const first = await rolledUp();
    const row = (user: Caller, day: string, s: number, a: number, p: number, d: number) => ({ userId: user.userId, day: `2030-${day}`, s, a, p, d });
    const expected = [
      row(seeker, '03-10', 1, 2, 0, 0),
      row(seeker, '03-11', 0, 0, 1, 0),
      row(recruiter, '03-11', 0, 0, 0, 2),
      row(seeker, '03-12', 1, 1, 0, 0),
      row(owner, '03-12', 0, 0, 0, 1),
      row(interviewer, '03-12', 0, 0, 0, 0),
      row(recruiter, '03-13', 0, 0, 0, 1),
    ];
    const byDayAndUser = (a: { day: string; userId: string }, b: { day: string; userId: string }) => a.day.localeCompare(b.day) || a.userId.localeCompare(b.userId);
    expect(first).toEqual(expected.sort(byDayAndUser));

    expect(await rollUpAnalytics(later)).toEqual({ days: ['2030-03-12', '2030-03-13'] });
    expect(await rolledUp()).toEqual(first);
    const snapshots = await t.database.db.select().from(installationSnapshots).orderBy(asc(installationSnapshots.day));
    expect(snapshots.map((snapshot) => [snapshot.day, snapshot.storageBytes, snapshot.queueWaiting])).toEqual([
      ['2030-03-11', 11_100, null],
      ['2030-03-13', 11_100, null],
    ]);
  });

  it("gives the job seeker their practice per week and their applications funnel", async () => {
    const response = await call(t, 'GET', '/api/me/analytics?from=2030-03-01&to=2030-03-13', { cookie: seeker.cookie });
    expect(response.statusCode, response.body).toBe(200);
    const mine = response.json<MyAnalytics>();
    expect(mine.practiceWeeks).toEqual([
      { week: '2030-02-25', sessions: 1, completed: 1, answers: 0 },
      { week: '2030-03-04', sessions: 1, completed: 1, answers: 2 },
      { week: '2030-03-11', sessions: 1, completed: 0, answers: 1 },
    ]);
    const counts: Record<string, number> = { applied: 1, saved: 1 };
    expect(mine.applicationFunnel).toEqual(jobApplicationStatuses.map((status) => ({ status, count: counts[status] ?? 0 })));
    // Another user's figures are their own: nothing of the seeker's.
    const others = (await call(t, 'GET', '/api/me/analytics?from=2030-03-01&to=2030-03-13', { cookie: outsider.cookie })).json<MyAnalytics>();
    expect(others.practiceWeeks).toEqual([]);
    expect(others.applicationFunnel.every((stage) => stage.count === 0)).toBe(true);
  });

  it('gives owners and recruiters the workspace per day, job and recruiter, with time to decision and interview outcomes', async () => {
    for (const member of [owner, recruiter]) {
      const response = await call(t, 'GET', `/api/workspaces/${workspaceId}/analytics?${range}`, { cookie: member.cookie });
      expect(response.statusCode, response.body).toBe(200);
      const report = response.json<WorkspaceAnalytics>();
      expect(report.days).toEqual([
        { day: '2030-03-10', screened: 2, shortlisted: 0, rejected: 0 },
        { day: '2030-03-11', screened: 1, shortlisted: 1, rejected: 1 },
        { day: '2030-03-12', screened: 1, shortlisted: 0, rejected: 1 },
        { day: '2030-03-13', screened: 1, shortlisted: 1, rejected: 0 },
      ]);
      expect(report.jobs).toEqual([
        { jobId: expect.any(String), title: 'Accountant', screened: 3, shortlisted: 1, rejected: 2, medianHoursToDecision: 24 },
        { jobId: expect.any(String), title: 'Baker', screened: 2, shortlisted: 1, rejected: 0, medianHoursToDecision: 6 },
      ]);
      expect(report.recruiters).toEqual([
        { userId: owner.userId, name: 'Olivia Owner', shortlisted: 0, rejected: 1, medianHoursToDecision: 60, interviewsScheduled: 1 },
        { userId: recruiter.userId, name: 'Rita Recruiter', shortlisted: 2, rejected: 1, medianHoursToDecision: 6, interviewsScheduled: 2 },
      ]);
      expect(report.interviews).toEqual([
        { status: 'completed', outcome: 'fail', count: 1 },
        { status: 'completed', outcome: 'pass', count: 1 },
      ]);
    }
  });

  it('keeps a workspace to its owners and recruiters: 403 for an interviewer, 404 for anyone else or no such workspace', async () => {
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}/analytics?${range}`, { cookie: interviewer.cookie })).statusCode).toBe(403);
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}/analytics?${range}`, { cookie: outsider.cookie })).statusCode).toBe(404);
    expect((await call(t, 'GET', `/api/workspaces/00000000-0000-4000-8000-000000000000/analytics?${range}`, { cookie: owner.cookie })).statusCode).toBe(404);
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}/analytics?${range}`)).statusCode).toBe(401);
  });

  it('gives the administrator the installation per day and week, with the snapshots', async () => {
    const response = await call(t, 'GET', `/api/admin/analytics?${range}`, { cookie: admin.cookie });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<AdminAnalytics>();
    expect(report.days).toEqual([
      { day: '2030-03-10', activeUsers: 1, signUps: 2, practiceSessions: 1, cvBatches: 0 },
      { day: '2030-03-11', activeUsers: 2, signUps: 2, practiceSessions: 0, cvBatches: 0 },
      { day: '2030-03-12', activeUsers: 3, signUps: 2, practiceSessions: 1, cvBatches: 1 },
      { day: '2030-03-13', activeUsers: 1, signUps: 0, practiceSessions: 0, cvBatches: 0 },
    ]);
    // Sunday the 10th belongs to the week of Monday the 4th.
    expect(report.weeks).toEqual([
      { week: '2030-03-04', activeUsers: 1 },
      { week: '2030-03-11', activeUsers: 4 },
    ]);
    expect(report.snapshots.map((snapshot) => [snapshot.day, snapshot.storageBytes])).toEqual([
      ['2030-03-11', 11_100],
      ['2030-03-13', 11_100],
    ]);
    expect(report.queue).toBeNull();
    expect((await call(t, 'GET', `/api/admin/analytics?${range}`, { cookie: seeker.cookie })).statusCode).toBe(403);
  });

  it('refuses a bad period with a 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['from=2030-03-13&to=2030-03-10', 'to'],
      ['from=2029-01-01&to=2030-03-13', 'to'],
      ['from=13/03/2030&to=2030-03-13', 'from'],
      ['to=2030-03-13', 'from'],
    ];
    for (const [query, field] of cases) {
      for (const url of ['/api/me/analytics', `/api/workspaces/${workspaceId}/analytics`, '/api/admin/analytics']) {
        const response = await call(t, 'GET', `${url}?${query}`, { cookie: url.includes('workspaces') ? owner.cookie : admin.cookie });
        expect(response.statusCode, `${url}?${query}`).toBe(400);
        expect(response.body, `${url}?${query}`).toContain(field);
      }
    }
    // 366 days, both included, is the longest period allowed.
    expect((await call(t, 'GET', '/api/me/analytics?from=2029-03-13&to=2030-03-13', { cookie: seeker.cookie })).statusCode).toBe(200);
    expect((await call(t, 'GET', '/api/me/analytics?from=2029-03-12&to=2030-03-13', { cookie: seeker.cookie })).statusCode).toBe(400);
  });
});
