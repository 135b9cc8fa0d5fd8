import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, insertCandidate, insertJob } from '#tests/support/hiring-seed.ts';
import { createWorkspace, signUp, type Session } from '#tests/support/hiring-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import type { CandidatePage, CandidateProfile } from '#shared/contracts/hiring.ts';
import type { ApplicationList, JobStages, Note, NoteList, PersonPage } from '#shared/contracts/hiring-team.ts';
import type { NotificationPage } from '#shared/contracts/notifications.ts';

/** Issue 14, point 8: a hiring team's daily work — stages with bulk moves, notes with mentions, one person across jobs. */
describe('a hiring team at work', () => {
  let t: TestApp;
  let owner: Session;
  let recruiter: Session;
  let interviewer: Session;
  let outsider: Session;
  let workspaceId: string;
  let jobId: string;
  let otherJobId: string;
  let blindJobId: string;
  let foreignJobId: string;
  const ids: Record<string, string> = {};

  const call = (session: Session, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: session.cookie, origin: t.config.publicUrl }, ...(payload ? { payload } : {}) });
  const notificationsOf = async (session: Session) => (await call(session, 'GET', '/api/notifications')).json<NotificationPage>();

  beforeAll(async () => {
    t = await createTestApp();
    owner = await signUp(t.app, t.config.publicUrl, 'Olga Owner');
    recruiter = await signUp(t.app, t.config.publicUrl, 'Rita Recruiter');
    interviewer = await signUp(t.app, t.config.publicUrl, 'Ivan Interviewer');
    outsider = await signUp(t.app, t.config.publicUrl, 'Otto Outsider');
    workspaceId = await createWorkspace(t.app, t.config.publicUrl, owner);
    const foreignWorkspace = await createWorkspace(t.app, t.config.publicUrl, outsider, 'Other company');
    await addMember(t.database.db, workspaceId, recruiter, 'recruiter');
    await addMember(t.database.db, workspaceId, interviewer, 'interviewer');
    const db = t.database.db;
    jobId = await insertJob(db, workspaceId, { title: 'Senior Accountant' });
    otherJobId = await insertJob(db, workspaceId, { title: 'Payroll Specialist' });
    blindJobId = await insertJob(db, workspaceId, { title: 'Controller', blindScreening: true });
    foreignJobId = await insertJob(db, foreignWorkspace, { title: 'Foreign job' });
    const job = { workspaceId, jobId };
    ids.ana = await insertCandidate(db, job, { name: 'Ana Lima', email: 'Ana.Lima@Example.com ', phone: '+1 (555) 010-2000', score: 81, skills: ['NetSuite'] });
    ids.ben = await insertCandidate(db, job, { name: 'Ben Ortiz', email: 'ben@example.com', score: 70 });
    ids.cai = await insertCandidate(db, job, { name: 'Cai Wong', email: 'cai@example.com', score: 64 });
    // Ana again, for another job: the same email in another case; Ben again by phone only.
    ids.anaPayroll = await insertCandidate(db, { workspaceId, jobId: otherJobId }, { name: 'Ana Lima', email: 'ana.lima@example.com', score: 58, skills: ['ADP'] });
    ids.anaBlind = await insertCandidate(db, { workspaceId, jobId: blindJobId }, { name: 'Ana Lima', email: 'ana.lima@example.com', score: 77 });
    ids.foreign = await insertCandidate(db, { workspaceId: foreignWorkspace, jobId: foreignJobId }, { name: 'Ana Lima', email: 'ana.lima@example.com', score: 90 });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('pipeline stages', () => {
    it('lists the default stages in order and renames some for one job only', async () => {
      const before = (await call(interviewer, 'GET', `/api/jobs/${jobId}/stages`)).json<JobStages>();
      expect(before.stages.map((stage) => stage.name)).toEqual(['New', 'Screening', 'Interview', 'Offer', 'Hired', 'Rejected']);
      const renamed = await call(recruiter, 'PUT', `/api/jobs/${jobId}/stages`, { stages: [{ key: 'interview', name: 'Panel interview' }] });
      expect(renamed.statusCode).toBe(200);
      expect(renamed.json<JobStages>().stages.find((stage) => stage.key === 'interview')?.name).toBe('Panel interview');
      const other = (await call(owner, 'GET', `/api/jobs/${otherJobId}/stages`)).json<JobStages>();
      expect(other.stages.find((stage) => stage.key === 'interview')?.name).toBe('Interview');
    });

    it('refuses a bad rename (400), an interviewer (403) and another workspace (404)', async () => {
      const empty = await call(recruiter, 'PUT', `/api/jobs/${jobId}/stages`, { stages: [{ key: 'offer', name: ' ' }] });
      expect(empty.statusCode).toBe(400);
      expect(empty.body).toContain('A stage needs a name');
      expect((await call(recruiter, 'PUT', `/api/jobs/${jobId}/stages`, { stages: [{ key: 'maybe', name: 'Maybe' }] })).statusCode).toBe(400);
      expect((await call(interviewer, 'PUT', `/api/jobs/${jobId}/stages`, { stages: [{ key: 'offer', name: 'Deal' }] })).statusCode).toBe(403);
      expect((await call(outsider, 'GET', `/api/jobs/${jobId}/stages`)).statusCode).toBe(404);
    });

    it('moves ticked candidates to a stage in one request, and the ranking filters by it', async () => {
      const moved = await call(recruiter, 'POST', `/api/jobs/${jobId}/candidates/stage`, { candidateIds: [ids.ana, ids.ben], stage: 'interview' });
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toEqual({ moved: 2, stage: 'interview' });
      const inInterview = (await call(owner, 'GET', `/api/jobs/${jobId}/candidates?status=interview`)).json<CandidatePage>();
      expect(inInterview.items.map((row) => row.name).sort()).toEqual(['Ana Lima', 'Ben Ortiz']);
      expect(inInterview.total).toBe(2);
    });

    it('shortlists and rejects in bulk; a rejection needs its reason', async () => {
      expect((await call(recruiter, 'POST', `/api/jobs/${jobId}/candidates/stage`, { candidateIds: [ids.cai], stage: 'shortlisted' })).json()).toEqual({ moved: 1, stage: 'shortlisted' });
      const noReason = await call(recruiter, 'POST', `/api/jobs/${jobId}/candidates/stage`, { candidateIds: [ids.cai], stage: 'rejected' });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.body).toContain('reason');
      const rejected = await call(recruiter, 'POST', `/api/jobs/${jobId}/candidates/stage`, { candidateIds: [ids.cai], stage: 'rejected', reason: 'No ERP work' });
      expect(rejected.statusCode).toBe(200);
      const cai = (await call(owner, 'GET', `/api/candidates/${ids.cai}`)).json<CandidateProfile>();
      expect([cai.status, cai.statusReason]).toEqual(['rejected', 'No ERP work']);
    });

    it('moves nothing when any id is not a candidate of the job, and names those ids', async () => {
      const response = await call(recruiter, 'POST', `/api/jobs/${jobId}/candidates/stage`, { candidateIds: [ids.cai, ids.anaPayroll, 'not-an-id'], stage: 'offer' });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain(ids.anaPayroll!);
      expect(response.body).toContain('not-an-id');
      expect(response.body).not.toContain(ids.cai!);
      expect((await call(owner, 'GET', `/api/candidates/${ids.cai}`)).json<CandidateProfile>().status).toBe('rejected');
      expect((await call(owner, 'GET', `/api/candidates/${ids.anaPayroll}`)).json<CandidateProfile>().status).toBe('new');
    });

    it('lets only owners and recruiters of the workspace move candidates', async () => {
      expect((await call(interviewer, 'POST', `/api/jobs/${jobId}/candidates/stage`, { candidateIds: [ids.ben], stage: 'offer' })).statusCode).toBe(403);
      expect((await call(outsider, 'POST', `/api/jobs/${jobId}/candidates/stage`, { candidateIds: [ids.ben], stage: 'offer' })).statusCode).toBe(404);
      expect((await call(recruiter, 'POST', `/api/jobs/${jobId}/candidates/stage`, { candidateIds: [], stage: 'offer' })).statusCode).toBe(400);
    });
  });

  describe('notes with mentions', () => {
    let noteId: string;

    it('lets an interviewer add a note that mentions members by name and email; each is notified once, with a link', async () => {
      const added = await call(interviewer, 'POST', `/api/candidates/${ids.ana}/notes`, { body: 'Strong on NetSuite. @Rita Recruiter and @' + owner.email + ' please check references.' });
      expect(added.statusCode).toBe(201);
      const note = added.json<Note>();
      noteId = note.id;
      expect(note.mentions.map((member) => member.name).sort()).toEqual(['Olga Owner', 'Rita Recruiter']);
      expect(note.author?.name).toBe('Ivan Interviewer');
      const ritas = (await notificationsOf(recruiter)).items.filter((item) => item.type === 'mention');
      expect(ritas).toHaveLength(1);
      expect(ritas[0]!.title).toBe('Ivan Interviewer mentioned you');
      expect(ritas[0]!.message).toContain('Ana Lima');
      expect(ritas[0]!.link).toBe(`/hiring/candidates/${ids.ana}`);
      expect((await notificationsOf(owner)).items.filter((item) => item.type === 'mention')).toHaveLength(1);
      expect((await notificationsOf(interviewer)).items.filter((item) => item.type === 'mention')).toHaveLength(0);
    });

    it('notifies nobody twice when the note is edited, only members newly mentioned', async () => {
      const edited = await call(interviewer, 'PATCH', `/api/candidates/${ids.ana}/notes/${noteId}`, { body: '@Rita Recruiter references are fine.' });
      expect(edited.statusCode).toBe(200);
      expect(edited.json<Note>().mentions.map((member) => member.name)).toEqual(['Rita Recruiter']);
      expect((await notificationsOf(recruiter)).items.filter((item) => item.type === 'mention')).toHaveLength(1);
    });

    it('lists notes for the team with who may change them, and the members to mention', async () => {
      const list = (await call(recruiter, 'GET', `/api/candidates/${ids.ana}/notes`)).json<NoteList>();
      expect(list.items.map((note) => [note.body, note.mine])).toEqual([['@Rita Recruiter references are fine.', false]]);
      expect(list.members.map((member) => member.name)).toEqual(['Ivan Interviewer', 'Olga Owner', 'Rita Recruiter']);
    });

    it('lets only the author edit or delete a note', async () => {
      expect((await call(recruiter, 'PATCH', `/api/candidates/${ids.ana}/notes/${noteId}`, { body: 'mine now' })).statusCode).toBe(403);
      expect((await call(owner, 'DELETE', `/api/candidates/${ids.ana}/notes/${noteId}`)).statusCode).toBe(403);
      expect((await call(interviewer, 'PATCH', `/api/candidates/${ids.ben}/notes/${noteId}`, { body: 'wrong candidate' })).statusCode).toBe(404);
      expect((await call(interviewer, 'DELETE', `/api/candidates/${ids.ana}/notes/${noteId}`)).statusCode).toBe(204);
      expect((await call(interviewer, 'GET', `/api/candidates/${ids.ana}/notes`)).json<NoteList>().items).toEqual([]);
    });

    it('refuses an empty note (400) and another workspace (404)', async () => {
      const empty = await call(recruiter, 'POST', `/api/candidates/${ids.ana}/notes`, { body: '   ' });
      expect(empty.statusCode).toBe(400);
      expect(empty.body).toContain('Write something');
      expect((await call(outsider, 'POST', `/api/candidates/${ids.ana}/notes`, { body: 'hello' })).statusCode).toBe(404);
      expect((await call(outsider, 'GET', `/api/candidates/${ids.ana}/notes`)).statusCode).toBe(404);
      expect((await call(owner, 'GET', `/api/candidates/${ids.foreign}/notes`)).statusCode).toBe(404);
    });

    it('never names a candidate blind screening hides in a mention', async () => {
      const added = await call(owner, 'POST', `/api/candidates/${ids.anaBlind}/notes`, { body: '@Rita Recruiter worth a look' });
      expect(added.statusCode).toBe(201);
      const mention = (await notificationsOf(recruiter)).items.find((item) => item.link === `/hiring/candidates/${ids.anaBlind}`);
      expect(mention?.message).toMatch(/^In a note on Candidate [0-9A-F]{6} \(Controller\)\.$/);
      expect(JSON.stringify(mention)).not.toContain('Ana');
    });
  });

  describe('one person across jobs', () => {
    it("lists the person's other applications by normalised email, never a hidden one nor another workspace's", async () => {
      const response = await call(interviewer, 'GET', `/api/candidates/${ids.ana}/applications`);
      expect(response.statusCode).toBe(200);
      const { items } = response.json<ApplicationList>();
      expect(items.map((application) => [application.jobTitle, application.score, application.stageName])).toEqual([['Payroll Specialist', 58, 'New']]);
      const back = (await call(owner, 'GET', `/api/candidates/${ids.anaPayroll}/applications`)).json<ApplicationList>();
      expect(back.items.map((application) => [application.candidateId, application.stage, application.stageName])).toEqual([[ids.ana, 'interview', 'Panel interview']]);
    });

    it('gives a candidate blind screening hides no applications, and links them once moved forward', async () => {
      expect((await call(owner, 'GET', `/api/candidates/${ids.anaBlind}/applications`)).json<ApplicationList>().items).toEqual([]);
      await call(owner, 'POST', `/api/jobs/${blindJobId}/candidates/stage`, { candidateIds: [ids.anaBlind], stage: 'shortlisted' });
      const items = (await call(owner, 'GET', `/api/candidates/${ids.ana}/applications`)).json<ApplicationList>().items;
      expect(items.map((application) => application.jobTitle)).toEqual(['Controller', 'Payroll Specialist']);
      await call(owner, 'POST', `/api/jobs/${blindJobId}/candidates/stage`, { candidateIds: [ids.anaBlind], stage: 'new' });
    });

    it('matches by phone digits when there is no email', async () => {
      const byPhone = await insertCandidate(t.database.db, { workspaceId, jobId: otherJobId }, { name: 'A. Lima', phone: '555 010 2000 ', score: 40 });
      const items = (await call(owner, 'GET', `/api/candidates/${byPhone}/applications`)).json<ApplicationList>().items;
      expect(items.map((application) => application.candidateId)).toEqual([ids.ana]);
    });

    it('finds persons across jobs by name, email, phone or skill, each with all their applications, paged in the database', async () => {
      const byName = (await call(recruiter, 'GET', `/api/workspaces/${workspaceId}/people?q=lima`)).json<PersonPage>();
      const ana = byName.items.find((person) => person.email?.toLowerCase().trim() === 'ana.lima@example.com');
      expect(ana?.applications.map((application) => application.jobTitle)).toEqual(['Senior Accountant', 'Payroll Specialist']);
      expect(JSON.stringify(byName)).not.toContain(ids.anaBlind!);
      expect(JSON.stringify(byName)).not.toContain(ids.foreign!);
      const bySkill = (await call(recruiter, 'GET', `/api/workspaces/${workspaceId}/people?q=adp`)).json<PersonPage>();
      expect(bySkill.items.map((person) => person.applications.length)).toEqual([2]);
      const byEmail = (await call(recruiter, 'GET', `/api/workspaces/${workspaceId}/people?q=ben@example`)).json<PersonPage>();
      expect(byEmail.items.map((person) => person.name)).toEqual(['Ben Ortiz']);
      const paged = (await call(recruiter, 'GET', `/api/workspaces/${workspaceId}/people?q=example.com&limit=1&offset=1`)).json<PersonPage>();
      expect([paged.total, paged.items.map((person) => person.name)]).toEqual([3, ['Ben Ortiz']]);
    });

    it('refuses an empty search (400), a bad id (400) and another workspace (404)', async () => {
      const empty = await call(recruiter, 'GET', `/api/workspaces/${workspaceId}/people?q=`);
      expect(empty.statusCode).toBe(400);
      expect(empty.body).toContain('q');
      expect((await call(recruiter, 'GET', `/api/candidates/nope/applications`)).statusCode).toBe(400);
      expect((await call(outsider, 'GET', `/api/workspaces/${workspaceId}/people?q=lima`)).statusCode).toBe(404);
      expect((await call(outsider, 'GET', `/api/candidates/${ids.ana}/applications`)).statusCode).toBe(404);
    });
  });
});
