import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '#server/db/client.ts';
import { aiUsage, aiUsageDaily, users } from '#server/db/schema/index.ts';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { createTestEngine, fakeCredentials } from '#tests/support/fake-llm/test-engine.ts';
import { countWordsTask } from '#tests/support/fake-llm/tiny-task.ts';
import { createTestDatabase } from '#tests/support/test-database.ts';
import { createUsageRecorder } from './create-usage-recorder.ts';
import { latencyByModel, sumUsageByDay } from './usage-report.repo.ts';

describe('AI usage accounting', () => {
  let database: Database;
  let fake: FakeServer;
  let userId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    fake = await startFakeOpenAi();
    const [user] = await database.db.insert(users).values({ name: 'Ada', email: 'ada@example.com' }).returning({ id: users.id });
    userId = user!.id;
  });
  afterAll(async () => {
    await fake.close();
    await database.close();
  });

  it('writes one ai_usage row per call and sums them per user, task and day', async () => {
    const clockTimes = [new Date('2026-05-01T09:00:00Z'), new Date('2026-05-01T23:59:00Z'), new Date('2026-05-02T00:01:00Z')];
    let tick = 0;
    const engine = createTestEngine(fakeCredentials(fake, 'openai', 'gpt-test'), {
      recordUsage: createUsageRecorder({ db: database.db }),
      clock: { now: () => clockTimes[Math.min(tick, clockTimes.length - 1)]! },
    });

    fake.respondWith({ kind: 'json', value: { words: 2, firstWord: 'a', source: 'llm' } });
    await engine.run(countWordsTask, { text: 'a b' }, { userId });
    tick = 1;
    fake.respondWith({ kind: 'text', text: 'oops' });
    await engine.run(countWordsTask, { text: 'a b' }, { userId });
    tick = 2;
    await engine.run(countWordsTask, { text: 'a b' }, { userId, engine: 'offline' });
    await engine.run(countWordsTask, { text: 'anonymous call' }, { engine: 'offline' });

    const rows = await database.db.select().from(aiUsage).orderBy(asc(aiUsage.createdAt), asc(aiUsage.userId)); // nulls last: the anonymous call
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ userId, task: 'countWords', engine: 'llm', provider: 'openai', model: 'gpt-test', inputTokens: 21, outputTokens: 13, fallbackReason: null, day: '2026-05-01' });
    expect(rows[1]).toMatchObject({ userId, engine: 'offline', provider: 'openai', fallbackReason: 'invalid_output: not valid JSON', day: '2026-05-01' });
    expect(rows[2]).toMatchObject({ userId, engine: 'offline', provider: null, inputTokens: 0, day: '2026-05-02' });
    expect(rows[3]).toMatchObject({ userId: null, engine: 'offline' });
    for (const row of rows) expect(row.latencyMs).toBeGreaterThanOrEqual(0);

    const daily = await database.db.select().from(aiUsageDaily).where(eq(aiUsageDaily.userId, userId)).orderBy(asc(aiUsageDaily.day));
    expect(daily).toHaveLength(2);
    expect(daily[0]).toMatchObject({ task: 'countWords', day: '2026-05-01', calls: 2, inputTokens: 42, outputTokens: 26 });
    expect(daily[0]!.totalLatencyMs).toBe(rows[0]!.latencyMs + rows[1]!.latencyMs);
    expect(daily[1]).toMatchObject({ day: '2026-05-02', calls: 1, inputTokens: 0, outputTokens: 0 });
  });

  it('books calls run together as one row each, and adds them to the day they fall in', async () => {
    const [user] = await database.db.insert(users).values({ name: 'Bea', email: 'bea@example.com' }).returning({ id: users.id });
    const at = new Date('2026-06-01T10:00:00Z');
    const engine = createTestEngine(undefined, { recordUsage: createUsageRecorder({ db: database.db }), clock: { now: () => at } });
    await engine.run(countWordsTask, { text: 'first' }, { userId: user!.id });
    await engine.runEach(countWordsTask, ['a', 'a b', 'a b c', 'a b c d'].map((text) => ({ text })), { userId: user!.id });

    const rows = await database.db.select().from(aiUsage).where(eq(aiUsage.userId, user!.id));
    expect(rows).toHaveLength(5);
    const daily = await database.db.select().from(aiUsageDaily).where(eq(aiUsageDaily.userId, user!.id));
    expect(daily).toHaveLength(1);
    expect(daily[0]).toMatchObject({ task: 'countWords', day: '2026-06-01', calls: 5 });
    expect(daily[0]!.totalLatencyMs).toBe(rows.reduce((sum, row) => sum + row.latencyMs, 0));
  });

  it('reports the median and 95th percentile latency per day and per provider and model, computed in the database', async () => {
    const [other] = await database.db.insert(users).values({ name: 'Lin', email: 'lin@example.com' }).returning({ id: users.id });
    const call = (model: string, latencyMs: number, day = '2026-06-01') => ({ userId: other!.id, task: 'countWords', engine: 'llm' as const, provider: 'openai', model, inputTokens: 1, outputTokens: 1, latencyMs, day });
    // gpt-a on June 1st: 100, 200, 300, 400, 1000 ms → median 300, p95 880 (percentile_cont: 400 + 0.8 × 600); 2000 ms on the 2nd.
    // gpt-b: 50 and 150 ms → median 100 (between the two), p95 145 (50 + 0.95 × 100).
    await database.db.insert(aiUsage).values([...[100, 200, 300, 400, 1000].map((ms) => call('gpt-a', ms)), call('gpt-a', 2000, '2026-06-02'), call('gpt-b', 50), call('gpt-b', 150)]);
    const scope = { kind: 'user', userId: other!.id } as const;
    const days = { from: '2026-06-01', to: '2026-06-02' };

    const rows = await sumUsageByDay(database.db, scope, days);
    expect(rows.map(({ day, model, calls, latencyMedianMs, latencyP95Ms }) => ({ day, model, calls, latencyMedianMs, latencyP95Ms }))).toEqual([
      { day: '2026-06-01', model: 'gpt-a', calls: 5, latencyMedianMs: 300, latencyP95Ms: 880 },
      { day: '2026-06-01', model: 'gpt-b', calls: 2, latencyMedianMs: 100, latencyP95Ms: 145 },
      { day: '2026-06-02', model: 'gpt-a', calls: 1, latencyMedianMs: 2000, latencyP95Ms: 2000 },
    ]);
    // Over the period gpt-a has six calls: median 350 (300 and 400), p95 1750 (1000 + 0.75 × 1000) — not a mean of the days'.
    expect(await latencyByModel(database.db, scope, days)).toEqual([
      { provider: 'openai', model: 'gpt-a', calls: 6, latencyMedianMs: 350, latencyP95Ms: 1750 },
      { provider: 'openai', model: 'gpt-b', calls: 2, latencyMedianMs: 100, latencyP95Ms: 145 },
    ]);
  });
});
