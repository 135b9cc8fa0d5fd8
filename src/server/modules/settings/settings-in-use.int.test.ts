import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceSessions } from '#server/db/schema/index.ts';
import type { PracticeSessionState } from '#shared/contracts/practice.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { countWordsTask } from '#tests/support/fake-llm/tiny-task.ts';
import { backendJob } from '#tests/fixtures/hiring.ts';
import { multipartBody } from '#tests/support/hiring-http.ts';
import { answerCurrent, startPractice, strongAnswers } from '#tests/support/practice-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

/** Each setting changed through the API is the one the code uses at the next request, with no restart. */
describe('installation settings in use', () => {
  const apiKey = 'sk-settings-fake';
  let fake: FakeServer;
  let t: TestApp;
  let admin: Caller;
  let user: Caller;

  beforeAll(async () => {
    fake = await startFakeOpenAi({ apiKey });
    fake.respondWith({ kind: 'json', value: { words: 2, firstWord: 'a', source: 'llm' } });
    // The server's OpenAI key with no LLM_PROVIDER or LLM_MODEL: the provider and model come from the settings.
    t = await createTestApp({ OPENAI_API_KEY: apiKey, LLM_BASE_URL: fake.baseUrl });
    admin = await signUp(t, { name: 'Ada Admin' });
    user = await signUp(t, { name: 'Uma User' });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const change = (key: string, value: unknown) => call(t, 'PUT', `/api/admin/settings/${key}`, { cookie: admin.cookie, payload: { value } });
  const modelsAsked = () => fake.requests.filter((request) => request.path.endsWith('/chat/completions')).map((request) => (request.body as { model: string }).model);
  const runTask = () => t.runtime.engine.run(countWordsTask, { text: 'a b' }, { userId: user.userId });

  it("calls the installation's model named by ai.default-model, a changed one from the next call on", async () => {
    expect((await runTask()).meta.engine).toBe('llm');
    expect(modelsAsked()).toEqual(['gpt-4.1-mini']);
    expect((await change('ai.default-model', 'gpt-4.1-nano')).statusCode).toBe(200);
    expect((await runTask()).meta.engine).toBe('llm');
    expect(modelsAsked()).toEqual(['gpt-4.1-mini', 'gpt-4.1-nano']);
    const bad = await change('ai.default-model', 'gpt 4; drop');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/ai\.default-model must be a model name/);
  });

  it('answers offline when ai.default-provider names a provider the installation has no key for, and back', async () => {
    expect((await change('ai.default-provider', 'anthropic')).statusCode).toBe(200);
    const offline = await runTask();
    expect(offline.meta.engine).toBe('offline');
    expect(modelsAsked()).toHaveLength(2);
    const bad = await change('ai.default-provider', 'mistral');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/ai\.default-provider must be one of auto, openai, anthropic, openai-compatible/);
    expect((await change('ai.default-provider', 'openai')).statusCode).toBe(200);
    expect((await runTask()).meta.engine).toBe('llm');
    expect(modelsAsked()).toEqual(['gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4.1-nano']);
    const overview = (await call(t, 'GET', '/api/admin/overview', { cookie: admin.cookie })).json<{ ai: { llm: unknown } }>();
    expect(overview.ai.llm).toEqual({ provider: 'openai', model: 'gpt-4.1-nano' });
  });

  it('refuses a profile CV over uploads.max-file-bytes with a 413 naming the limit', async () => {
    const cv = Buffer.from(`Uma User\nBackend engineer\n${'TypeScript and PostgreSQL. '.repeat(80)}`);
    const upload = async () => {
      const body = await multipartBody([{ name: 'cv.txt', data: cv, type: 'text/plain' }], 'file');
      return call(t, 'POST', '/api/profile/cvs', { cookie: user.cookie, headers: body.headers, payload: body.payload });
    };
    expect((await change('uploads.max-file-bytes', 1024)).statusCode).toBe(200);
    const refused = await upload();
    expect(refused.statusCode).toBe(413);
    expect(refused.json().error.message).toContain('cv.txt is larger than the limit of 1 KB (uploads.max-file-bytes)');
    expect((await change('uploads.max-file-bytes', 1024 * 1024)).statusCode).toBe(200);
    expect((await upload()).statusCode).toBe(201);
    const tooSmall = await change('uploads.max-file-bytes', 10);
    expect(tooSmall.statusCode).toBe(400);
    expect(tooSmall.json().error.message).toMatch(/uploads\.max-file-bytes must be at least 1024/);
  });

  it('refuses a batch over uploads.batch-max-files or uploads.batch-max-bytes with a 413 naming the limit', async () => {
    const workspace = await call(t, 'POST', '/api/workspaces', { cookie: admin.cookie, payload: { name: 'Acme hiring' } });
    const workspaceId = workspace.json<{ id: string }>().id;
    const job = await call(t, 'POST', `/api/workspaces/${workspaceId}/jobs`, { cookie: admin.cookie, payload: backendJob });
    expect(job.statusCode, job.body).toBe(201);
    const jobId = job.json<{ id: string }>().id;
    const cv = (name: string) => ({ name, data: Buffer.from(`${name}\nBackend engineer, TypeScript, PostgreSQL.\n`), type: 'text/plain' });
    const uploadBatch = async (count: number) => {
      const body = await multipartBody(Array.from({ length: count }, (_, index) => cv(`cv-${index}.txt`)));
      return call(t, 'POST', `/api/jobs/${jobId}/batches`, { cookie: admin.cookie, headers: body.headers, payload: body.payload });
    };
    expect((await change('uploads.batch-max-files', 2)).statusCode).toBe(200);
    const tooMany = await uploadBatch(3);
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json().error.message).toBe('A batch takes at most 2 files (uploads.batch-max-files).');
    expect((await uploadBatch(2)).statusCode).toBe(202);
    expect((await change('uploads.batch-max-bytes', 1024 * 1024)).statusCode).toBe(200);
    // Each file is under the 1 MB a file set above; together they are over the batch's 1 MB.
    const big = await multipartBody(['a.txt', 'b.txt'].map((name) => ({ name, data: Buffer.alloc(600 * 1024, 'a'), type: 'text/plain' })));
    const tooBig = await call(t, 'POST', `/api/jobs/${jobId}/batches`, { cookie: admin.cookie, headers: big.headers, payload: big.payload });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.message).toMatch(/1 MB .*uploads\.batch-max-bytes/);
  });

  it('refuses a ticket attachment over uploads.attachment-max-bytes with a 413 naming the limit', async () => {
    const ticket = await call(t, 'POST', '/api/support/tickets', { cookie: user.cookie, payload: { subject: 'Upload fails', description: 'The log is attached.' } });
    const ticketId = ticket.json<{ id: string }>().id;
    const attach = async () => {
      const body = await multipartBody([{ name: 'log.txt', data: Buffer.alloc(4000, 'x'), type: 'text/plain' }], 'file');
      return call(t, 'PUT', `/api/support/tickets/${ticketId}/attachment`, { cookie: user.cookie, headers: body.headers, payload: body.payload });
    };
    expect((await attach()).statusCode).toBe(200);
    expect((await change('uploads.attachment-max-bytes', 2048)).statusCode).toBe(200);
    const refused = await attach();
    expect(refused.statusCode).toBe(413);
    expect(refused.json().error.message).toBe('file: log.txt is larger than the limit of 2 KB (uploads.attachment-max-bytes).');
  });

  it('times out a practice session idle longer than practice.idle-timeout-minutes, and not one idle less', async () => {
    const idleFor = async (minutes: number) => {
      let state = await startPractice(t, user);
      state = await answerCurrent(t, user, state, strongAnswers[0]!);
      await t.database.db.update(practiceSessions).set({ updatedAt: new Date(Date.now() - minutes * 60_000) }).where(eq(practiceSessions.id, state.id));
      return (await call(t, 'GET', `/api/practice/sessions/${state.id}`, { cookie: user.cookie })).json<PracticeSessionState>();
    };
    // 30 minutes idle is well inside the default of 120.
    expect(await idleFor(30)).toMatchObject({ status: 'in_progress' });
    expect((await change('practice.idle-timeout-minutes', 15)).statusCode).toBe(200);
    expect(await idleFor(30)).toMatchObject({ status: 'completed', endReason: 'timed_out' });
    expect(await idleFor(10)).toMatchObject({ status: 'in_progress' });
  });
});

describe('installation settings set by environment variables', () => {
  let t: TestApp;
  let admin: Caller;
  beforeAll(async () => {
    t = await createTestApp({ LLM_MODEL: 'gpt-4.1', UPLOAD_MAX_FILE_BYTES: '2048', PRACTICE_IDLE_TIMEOUT_MINUTES: '30' });
    admin = await signUp(t, { name: 'Ada Admin' });
  });
  afterAll(async () => t.close());

  it('shows the variable as the source, with the default beside it, and refuses a change here', async () => {
    const page = (await call(t, 'GET', '/api/admin/settings?limit=100', { cookie: admin.cookie })).json<{ items: Array<{ key: string; area: string }> }>();
    const byKey = new Map(page.items.map((item) => [item.key, item]));
    expect(byKey.get('ai.default-model')).toMatchObject({ area: 'ai', value: 'gpt-4.1', default: '', source: 'env', env: 'LLM_MODEL' });
    expect(byKey.get('uploads.max-file-bytes')).toMatchObject({ area: 'uploads', value: 2048, default: 10 * 1024 * 1024, source: 'env' });
    expect(byKey.get('practice.idle-timeout-minutes')).toMatchObject({ area: 'practice', value: 30, default: 120, source: 'env' });
    expect(byKey.get('ai.default-provider')).toMatchObject({ value: 'auto', source: 'default', env: 'LLM_PROVIDER' });
    const refused = await call(t, 'PUT', '/api/admin/settings/uploads.max-file-bytes', { cookie: admin.cookie, payload: { value: 4096 } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/UPLOAD_MAX_FILE_BYTES environment variable/);
  });

  it('refuses to start with a bad limit, naming the variable', async () => {
    await expect(createTestApp({ BATCH_MAX_FILES: '0' })).rejects.toThrow(/BATCH_MAX_FILES must be at least 1/);
  });
});
