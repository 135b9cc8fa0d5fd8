import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '#server/db/client.ts';
import { registerErrorHandler } from '#server/platform/error-handler.ts';
import { AppError } from '#server/platform/errors.ts';
import { createLogger } from '#server/platform/logger.ts';
import { createTestDatabase } from '#tests/support/test-database.ts';
import { defineJob } from './job-definition.ts';
import { startQueue, type Queue } from './queue.ts';

const log = createLogger({ logLevel: 'silent' });

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('queue (pg-boss on the configured database)', () => {
  let database: Database;
  let queue: Queue;
  beforeAll(async () => {
    database = await createTestDatabase();
    queue = await startQueue(database, log);
  });
  afterAll(async () => {
    await queue.stop();
    await database.close();
  });

  it('runs a queued job with its validated payload', async () => {
    const seen: string[] = [];
    const greet = defineJob({ name: 'test-greet', schema: z.object({ who: z.string() }), handler: async ({ who }) => void seen.push(who) });
    await queue.register([greet]);
    await queue.work([greet]);
    await queue.send(greet, { who: 'Ada' });
    await waitFor(() => seen.length === 1);
    expect(seen).toEqual(['Ada']);
  });

  it('refuses an invalid payload when queuing, as an internal fault (our bug, not the caller\'s)', async () => {
    const strict = defineJob({ name: 'test-strict', schema: z.object({ n: z.number() }), handler: async () => undefined });
    await queue.register([strict]);
    const refused = await queue.send(strict, { n: 'one' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Error);
    expect(refused).not.toBeInstanceOf(AppError);
    expect((refused as Error).message).toMatch(/Invalid payload for job test-strict/);
  });

  it('turns an invalid payload queued during a request into a 500 with the request id and no details', async () => {
    const strict = defineJob({ name: 'test-strict-http', schema: z.object({ n: z.number() }), handler: async () => undefined });
    await queue.register([strict]);
    const app = Fastify({ logger: false });
    registerErrorHandler(app);
    app.post('/queue-it', async () => queue.send(strict, { n: 'one' }));
    const response = await app.inject({ method: 'POST', url: '/queue-it' });
    expect(response.statusCode).toBe(500);
    const body = response.json<{ error: { code: string; message: string; requestId: string } }>();
    expect(body.error).toEqual({ code: 'internal', message: 'Something went wrong on our side.', requestId: expect.any(String) });
    expect(response.body).not.toContain('test-strict');
    await app.close();
  });

  it('retries a job that failed', async () => {
    const attempts: number[] = [];
    const flaky = defineJob({
      name: 'test-flaky',
      schema: z.object({}),
      retryDelaySeconds: 1,
      handler: async (_data, { attempt }) => {
        attempts.push(attempt);
        if (attempt === 1) throw new Error('first attempt fails');
      },
    });
    await queue.register([flaky]);
    await queue.work([flaky]);
    await queue.send(flaky, {});
    await waitFor(() => attempts.length === 2, 30_000);
    expect(attempts).toEqual([1, 2]);
  });
});
