import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/client.ts';
import { candidates, jobs, workspaces } from '#server/db/schema/index.ts';
import type { CandidateSort } from '#shared/contracts/hiring.ts';
import { insertUser, insertWorkspace } from '#tests/support/hiring-seed.ts';
import { createTestDatabase } from '#tests/support/test-database.ts';
import { findCandidatePage, findOpeningPage, type RankingFilter } from './candidates.repo.ts';

/** The ranking's orders, sorted and cut in SQL: what the table used to sort in the browser, page by page. */
describe('the ranking in the database', () => {
  let database: Database;
  let jobId: string;
  const people = [
    { id: 'a0000000-0000-4000-8000-000000000000', name: 'Bruno', overallScore: 50, recommendation: 'Maybe' },
    { id: 'b0000000-0000-4000-8000-000000000000', name: 'alice', overallScore: 82, recommendation: 'Strong Hire' },
    { id: 'c0000000-0000-4000-8000-000000000000', name: 'Chloe', overallScore: 66, recommendation: 'Hire' },
    { id: 'd0000000-0000-4000-8000-000000000000', name: 'Dan', overallScore: 40, recommendation: 'Pass' },
    { id: 'e0000000-0000-4000-8000-000000000000', name: 'Eve', overallScore: 70, recommendation: 'Hire' },
    { id: 'f0000000-0000-4000-8000-000000000000', name: null, overallScore: 30, recommendation: null },
  ];

  beforeAll(async () => {
    database = await createTestDatabase();
    const owner = await insertUser(database.db, 'Owner');
    const workspaceId = await insertWorkspace(database.db, owner);
    const [job] = await database.db.insert(jobs).values({ workspaceId, title: 'Any', description: 'Any job', status: 'open' }).returning({ id: jobs.id });
    jobId = job!.id;
    await database.db.insert(candidates).values(people.map((person) => ({ ...person, workspaceId, jobId })));
  });
  afterAll(async () => {
    await database?.close();
  });

  const names = async (sort: CandidateSort | undefined, options: Partial<RankingFilter> = {}, page = { limit: 100, offset: 0 }) =>
    (await findCandidatePage(database.db, jobId, { sort, blind: false, ...options }, page)).rows.map((row) => row.name);

  it('sorts by score either way, best first by default', async () => {
    expect(await names(undefined)).toEqual(['alice', 'Eve', 'Chloe', 'Bruno', 'Dan', null]);
    expect(await names('-score')).toEqual([null, 'Dan', 'Bruno', 'Chloe', 'Eve', 'alice']);
  });

  it('sorts names ignoring case, a nameless candidate as "Name not found" (what the page shows)', async () => {
    expect(await names('name')).toEqual(['alice', 'Bruno', 'Chloe', 'Dan', 'Eve', null]);
    expect(await names('-name')).toEqual([null, 'Eve', 'Dan', 'Chloe', 'Bruno', 'alice']);
  });

  it('sorts by recommendation, strongest first, then by score', async () => {
    expect(await names('recommendation')).toEqual(['alice', 'Eve', 'Chloe', 'Bruno', 'Dan', null]);
    expect(await names('-recommendation')).toEqual([null, 'Dan', 'Bruno', 'Chloe', 'Eve', 'alice']);
  });

  it('under blind screening sorts every hidden candidate by its label, never by the hidden name', async () => {
    // Labels are "Candidate A00000", "Candidate B00000"…: the id order, whatever the names are.
    expect(await names('name', { blind: true })).toEqual(['Bruno', 'alice', 'Chloe', 'Dan', 'Eve', null]);
  });

  it('cuts pages after sorting and counts every match', async () => {
    const second = await findCandidatePage(database.db, jobId, { sort: 'name', blind: false }, { limit: 4, offset: 4 });
    expect(second.total).toBe(people.length);
    expect(second.rows.map((row) => row.name)).toEqual(['Eve', null]);
    const strong = await findCandidatePage(database.db, jobId, { blind: false, minScore: 60 }, { limit: 1, offset: 0 });
    expect(strong.total).toBe(3);
    expect(strong.rows.map((row) => row.name)).toEqual(['alice']);
  });

  it('reads the ranking as it opens (prepared, counted and blind flag in the same statement) as the general page does', async () => {
    const opening = await findOpeningPage(database.db, jobId, { limit: 2, offset: 2 });
    const general = await findCandidatePage(database.db, jobId, { blind: false }, { limit: 2, offset: 2 });
    expect(opening).toStrictEqual({ ...general, blindScreening: false });
    expect(opening.total).toBe(people.length);
    expect(await findOpeningPage(database.db, jobId, { limit: 2, offset: 10 })).toEqual({ rows: [], total: people.length, blindScreening: false });
    await database.db.update(jobs).set({ blindScreening: true }).where(eq(jobs.id, jobId));
    expect((await findOpeningPage(database.db, jobId, { limit: 1, offset: 0 })).blindScreening).toBe(true);
    await database.db.update(jobs).set({ blindScreening: false }).where(eq(jobs.id, jobId));
    await database.db.update(workspaces).set({ blindScreening: true });
    expect((await findOpeningPage(database.db, jobId, { limit: 1, offset: 0 })).blindScreening).toBe(true);
    await database.db.update(workspaces).set({ blindScreening: false });
    const [empty] = await database.db.select({ workspaceId: jobs.workspaceId }).from(jobs).where(eq(jobs.id, jobId));
    const [otherJob] = await database.db.insert(jobs).values({ workspaceId: empty!.workspaceId, title: 'Empty', description: 'No one yet', status: 'open' }).returning({ id: jobs.id });
    expect(await findOpeningPage(database.db, otherJob!.id, { limit: 2, offset: 0 })).toEqual({ rows: [], total: 0, blindScreening: false });
  });
});
