import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { countWordsTask } from '#tests/support/fake-llm/tiny-task.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { aiUsage, notifications, providerCredentials } from '#server/db/schema/index.ts';
import { budgetReachedReason } from '#server/ai/index.ts';
import type { BudgetState } from '#shared/contracts/ai-usage.ts';

const apiKey = 'sk-key-budget-fake';
// The fake answers every chat with 21 tokens in and 13 out: 34 a call.
const tokensPerCall = 34;

describe('a budget on one stored key: calls paid with that key stop at it, calls with another key go on', () => {
  let fake: FakeServer;
  let t: TestApp;
  let now = new Date('2026-05-10T09:00:00Z');
  let user: Caller;
  let other: Caller;

  beforeAll(async () => {
    fake = await startFakeOpenAi({ apiKey });
    fake.respondWith({ kind: 'json', value: { words: 2, firstWord: 'a', source: 'llm' } });
    // No server key: every LLM call here is paid with a stored key. The fake runs on this machine, which is allowed.
    t = await createTestApp({ OUTBOUND_ALLOW: '127.0.0.1' }, { now: () => now });
    user = await signUp(t, { name: 'Kim Keyholder' });
    other = await signUp(t, { name: 'Otto Other' });
    const stored = await call(t, 'PUT', '/api/me/keys/openai', { cookie: user.cookie, payload: { apiKey, baseUrl: fake.baseUrl } });
    expect(stored.statusCode, stored.body).toBeLessThan(300);
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const chatCalls = () => fake.requests.filter((request) => request.path.endsWith('/chat/completions')).length;
  const run = () => t.runtime.engine.run(countWordsTask, { text: 'a b' }, { userId: user.userId });

  it('answers offline with "budget reached" once the key has spent its monthly tokens, and tells its owner', async () => {
    const set = await call(t, 'PUT', '/api/me/keys/openai/ai-budget', { cookie: user.cookie, payload: { monthlyTokens: 100, monthlyCostUsd: null } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<BudgetState>().budget).toMatchObject({ monthlyTokens: 100, month: '2026-05', spentTokens: 0, reached: false });

    const engines: string[] = [];
    for (let index = 0; index < 3; index += 1) engines.push((await run()).meta.engine);
    // Spent before each call: 0, 34, 68 — under 100, so the three went to the model; then 102.
    expect(engines).toEqual(['llm', 'llm', 'llm']);
    const stopped = await run();
    expect(stopped.meta).toMatchObject({ engine: 'offline', fallbackReason: budgetReachedReason });
    expect(stopped.output).toMatchObject({ words: 2 });
    expect(chatCalls()).toBe(3);

    const [key] = await t.database.db.select({ id: providerCredentials.id }).from(providerCredentials).where(eq(providerCredentials.userId, user.userId));
    const paidWithKey = await t.database.db.select({ id: aiUsage.id }).from(aiUsage).where(and(eq(aiUsage.credentialId, key!.id), isNotNull(aiUsage.model)));
    expect(paidWithKey).toHaveLength(3);
    const state = (await call(t, 'GET', '/api/me/keys/openai/ai-budget', { cookie: user.cookie })).json<BudgetState>();
    expect(state.budget).toMatchObject({ spentTokens: 3 * tokensPerCall, reached: true });
    // 68 % before the third call is under the 80 % notice; 102 % before the fourth is the budget reached, told once.
    expect((await run()).meta.engine).toBe('offline');
    const notices = await t.database.db.select({ title: notifications.title }).from(notifications).where(and(eq(notifications.userId, user.userId), eq(notifications.type, 'ai_budget')));
    expect(notices.map((notice) => notice.title)).toEqual(['Your openai key’s AI budget for 2026-05 is used up']);
  });

  it('lets calls with another stored key through, and counts a new month from zero', async () => {
    // Stored a minute later, it is the newest key, which the engine uses first.
    now = new Date('2026-05-10T09:01:00Z');
    const compatible = await call(t, 'PUT', '/api/me/keys/openai-compatible', { cookie: user.cookie, payload: { apiKey, baseUrl: fake.baseUrl, model: 'llama3.1' } });
    expect(compatible.statusCode, compatible.body).toBeLessThan(300);
    // It has no budget of its own.
    expect((await run()).meta).toMatchObject({ engine: 'llm', model: 'llama3.1' });
    expect(chatCalls()).toBe(4);
    expect((await call(t, 'GET', '/api/me/keys/openai-compatible/ai-budget', { cookie: user.cookie })).json<BudgetState>().budget).toBeNull();
    expect((await call(t, 'DELETE', '/api/me/keys/openai-compatible', { cookie: user.cookie })).statusCode).toBeLessThan(300);
    expect((await run()).meta.fallbackReason).toBe(budgetReachedReason);
    now = new Date('2026-06-01T00:05:00Z');
    expect((await run()).meta.engine).toBe('llm');
    expect(chatCalls()).toBe(5);
  });

  it('refuses a budget on a key that is not stored, a bad provider and a negative limit, naming the field', async () => {
    const missing = await call(t, 'PUT', '/api/me/keys/anthropic/ai-budget', { cookie: user.cookie, payload: { monthlyTokens: 10, monthlyCostUsd: null } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/no stored anthropic key/);
    // Another user's key is not theirs to budget: they have none of their own.
    expect((await call(t, 'GET', '/api/me/keys/openai/ai-budget', { cookie: other.cookie })).statusCode).toBe(404);
    const badProvider = await call(t, 'PUT', '/api/me/keys/deepgram/ai-budget', { cookie: user.cookie, payload: { monthlyTokens: 10, monthlyCostUsd: null } });
    expect(badProvider.statusCode).toBe(400);
    expect(badProvider.body).toContain('provider');
    const negative = await call(t, 'PUT', '/api/me/keys/openai/ai-budget', { cookie: user.cookie, payload: { monthlyTokens: -5, monthlyCostUsd: null } });
    expect(negative.statusCode).toBe(400);
    expect(negative.body).toContain('monthlyTokens');
    expect((await call(t, 'DELETE', '/api/me/keys/openai/ai-budget', { cookie: user.cookie })).statusCode).toBe(204);
    expect((await call(t, 'DELETE', '/api/me/keys/openai/ai-budget', { cookie: user.cookie })).statusCode).toBe(404);
  });
});
