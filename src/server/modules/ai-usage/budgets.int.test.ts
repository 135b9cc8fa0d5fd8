import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { countWordsTask } from '#tests/support/fake-llm/tiny-task.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { notifications, workspaceMembers } from '#server/db/schema/index.ts';
import { budgetReachedReason } from '#server/ai/index.ts';
import type { BudgetState, UsageReport } from '#shared/contracts/ai-usage.ts';
import { insertUsage } from './ai-usage.repo.ts';
import { createBudgetCheck } from './budgets.ts';

const apiKey = 'sk-budget-fake';
const model = 'gpt-4.1-mini';
// The fake answers every chat with 21 tokens in and 13 out: 34 a call.
const tokensPerCall = 34;

describe('AI budgets: near the budget the owner is told, at it the engine answers offline', () => {
  let fake: FakeServer;
  let t: TestApp;
  let now = new Date('2026-05-10T09:00:00Z');
  let owner: Caller;
  let recruiter: Caller;
  let outsider: Caller;
  let workspaceId: string;

  beforeAll(async () => {
    fake = await startFakeOpenAi({ apiKey });
    fake.respondWith({ kind: 'json', value: { words: 2, firstWord: 'a', source: 'llm' } });
    t = await createTestApp({ LLM_PROVIDER: 'openai', LLM_API_KEY: apiKey, LLM_BASE_URL: fake.baseUrl, LLM_MODEL: model }, { now: () => now });
    owner = await signUp(t, { email: 'owner@example.com' });
    recruiter = await signUp(t, { email: 'recruiter@example.com' });
    outsider = await signUp(t, { email: 'outsider@example.com' });
    const created = await call(t, 'POST', '/api/workspaces', { cookie: owner.cookie, payload: { name: 'Acme hiring' } });
    workspaceId = created.json<{ id: string }>().id;
    await t.database.db.insert(workspaceMembers).values({ workspaceId, userId: recruiter.userId, role: 'recruiter' });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const runInWorkspace = () => t.runtime.engine.run(countWordsTask, { text: 'a b' }, { userId: recruiter.userId, workspaceId });
  const budgetNotices = () =>
    t.database.db.select({ title: notifications.title, type: notifications.type }).from(notifications).where(and(eq(notifications.userId, owner.userId), eq(notifications.type, 'ai_budget')));

  it('lets calls through under the budget, tells the owners once when it is near, then answers offline saying why', async () => {
    const set = await call(t, 'PUT', `/api/workspaces/${workspaceId}/ai-budget`, { cookie: owner.cookie, payload: { monthlyTokens: 150, monthlyCostUsd: null } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<BudgetState>().budget).toMatchObject({ monthlyTokens: 150, month: '2026-05', spentTokens: 0, reached: false });

    const engines: string[] = [];
    for (let call = 0; call < 5; call += 1) engines.push((await runInWorkspace()).meta.engine);
    // Spent before each call: 0, 34, 68, 102, 136 — all under 150, so all five went to the model.
    expect(engines).toEqual(['llm', 'llm', 'llm', 'llm', 'llm']);
    expect(await budgetNotices()).toEqual([{ type: 'ai_budget', title: "The workspace's AI budget for 2026-05 is 90% used" }]);

    const stopped = await runInWorkspace();
    expect(stopped.meta).toMatchObject({ engine: 'offline', fallbackReason: budgetReachedReason });
    expect(stopped.output).toMatchObject({ words: 2 });
    await runInWorkspace();
    expect(fake.requests.filter((request) => request.path.endsWith('/chat/completions'))).toHaveLength(5);
    const notices = await budgetNotices();
    expect(notices.map((notice) => notice.title).sort()).toEqual(["The workspace's AI budget for 2026-05 is 90% used", "The workspace's AI budget for 2026-05 is used up"]);

    const state = (await call(t, 'GET', `/api/workspaces/${workspaceId}/ai-budget`, { cookie: owner.cookie })).json<BudgetState>();
    expect(state.budget).toMatchObject({ spentTokens: 5 * tokensPerCall, reached: true });

    const usage = (await call(t, 'GET', `/api/workspaces/${workspaceId}/usage?from=2026-05-01&to=2026-05-31`, { cookie: owner.cookie })).json<UsageReport>();
    // Calls the budget stopped never reached a provider: they are the offline engine's, after the model's (nulls last).
    expect(usage.rows).toEqual([
      { day: '2026-05-10', provider: 'openai', model, calls: 5, inputTokens: 105, outputTokens: 65, costUsd: 0, fallbacks: 0, latencyMedianMs: expect.any(Number), latencyP95Ms: expect.any(Number) },
      { day: '2026-05-10', provider: null, model: null, calls: 2, inputTokens: 0, outputTokens: 0, costUsd: 0, fallbacks: 2, latencyMedianMs: expect.any(Number), latencyP95Ms: expect.any(Number) },
    ]);
  });

  it('counts a new month from zero, and a cost budget in the administrator’s prices', async () => {
    now = new Date('2026-06-01T00:05:00Z');
    expect((await runInWorkspace()).meta.engine).toBe('llm');
    const prices = { [model]: { inputPerMillion: 10_000, outputPerMillion: 10_000 } };
    expect((await call(t, 'PUT', '/api/admin/settings/ai.model-prices', { cookie: owner.cookie, payload: { value: prices } })).statusCode).toBe(200);
    const set = await call(t, 'PUT', `/api/workspaces/${workspaceId}/ai-budget`, { cookie: owner.cookie, payload: { monthlyTokens: null, monthlyCostUsd: 1 } });
    // One call of 34 tokens at $10,000 a million costs $0.34.
    expect(set.json<BudgetState>().budget).toMatchObject({ month: '2026-06', spentTokens: 34, spentCostUsd: 0.34, reached: false });
    expect((await runInWorkspace()).meta.engine).toBe('llm');
    expect((await runInWorkspace()).meta.engine).toBe('llm');
    expect((await runInWorkspace()).meta).toMatchObject({ engine: 'offline', fallbackReason: budgetReachedReason });

    const mine = (await call(t, 'GET', '/api/me/usage?from=2026-06-01&to=2026-06-01', { cookie: recruiter.cookie })).json<UsageReport>();
    expect(mine.rows.find((row) => row.provider === 'openai')).toMatchObject({ calls: 3, costUsd: 1.02 });
    expect(mine.unpricedModels).toEqual([]);

    expect((await call(t, 'DELETE', `/api/workspaces/${workspaceId}/ai-budget`, { cookie: owner.cookie })).statusCode).toBe(204);
    expect((await runInWorkspace()).meta.engine).toBe('llm');
  });

  it('refuses bad budgets and reports naming the field, and keeps budgets and reports to their owners', async () => {
    const negative = await call(t, 'PUT', `/api/workspaces/${workspaceId}/ai-budget`, { cookie: owner.cookie, payload: { monthlyTokens: -5, monthlyCostUsd: null } });
    expect(negative.statusCode).toBe(400);
    expect(negative.body).toContain('monthlyTokens');
    const none = await call(t, 'PUT', '/api/me/ai-budget', { cookie: owner.cookie, payload: { monthlyTokens: null, monthlyCostUsd: null } });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('monthlyCostUsd');
    const backwards = await call(t, 'GET', '/api/me/usage?from=2026-05-10&to=2026-05-01', { cookie: owner.cookie });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toContain('to');
    const tooLong = await call(t, 'GET', '/api/me/usage?from=2024-01-01&to=2026-05-01', { cookie: owner.cookie });
    expect(tooLong.statusCode).toBe(400);
    const badPrice = await call(t, 'PUT', '/api/admin/settings/ai.model-prices', { cookie: owner.cookie, payload: { value: { [model]: { inputPerMillion: -1, outputPerMillion: 1 } } } });
    expect(badPrice.statusCode).toBe(400);

    expect((await call(t, 'PUT', `/api/workspaces/${workspaceId}/ai-budget`, { cookie: recruiter.cookie, payload: { monthlyTokens: 5, monthlyCostUsd: null } })).statusCode).toBe(403);
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}/usage`, { cookie: outsider.cookie })).statusCode).toBe(404);
    expect((await call(t, 'GET', `/api/workspaces/${workspaceId}/ai-budget`, { cookie: outsider.cookie })).statusCode).toBe(404);
    expect((await call(t, 'GET', '/api/admin/usage', { cookie: recruiter.cookie })).statusCode).toBe(403);
    const installation = (await call(t, 'GET', '/api/admin/usage?from=2026-05-01&to=2026-06-30', { cookie: owner.cookie })).json<UsageReport>();
    expect(installation.rows.reduce((total, row) => total + row.calls, 0)).toBeGreaterThanOrEqual(12);
    const outsiders = (await call(t, 'GET', '/api/me/usage?from=2026-05-01&to=2026-06-30', { cookie: outsider.cookie })).json<UsageReport>();
    expect(outsiders.rows).toEqual([]);
  });

  it("counts a user's own-key budget only over the calls their own key paid for", async () => {
    const check = createBudgetCheck({ db: t.database.db, settingOverrides: {}, now: () => now });
    const put = await call(t, 'PUT', '/api/me/ai-budget', { cookie: outsider.cookie, payload: { monthlyTokens: 100, monthlyCostUsd: null } });
    expect(put.statusCode, put.body).toBe(200);
    const event = { userId: outsider.userId, task: 'countWords', engine: 'llm', provider: 'openai', model, inputTokens: 60, outputTokens: 40, latencyMs: 5, at: now } as const;
    await insertUsage(t.database.db, [{ ...event, credentialSource: 'server' }]);
    expect(await check({ userId: outsider.userId, source: 'user' })).toEqual({ reached: false });
    await insertUsage(t.database.db, [{ ...event, credentialSource: 'user' }]);
    expect(await check({ userId: outsider.userId, source: 'user' })).toEqual({ reached: true });
    // The server's key is not the user's to budget.
    expect(await check({ userId: outsider.userId, source: 'server' })).toEqual({ reached: false });
  });
});
