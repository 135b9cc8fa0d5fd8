import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerErrorHandler } from './error-handler.ts';
import { AppError } from './errors.ts';

async function appWithRoutes() {
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  app.post('/things', { schema: { body: z.object({ name: z.string().min(2), size: z.number().int() }) } }, () => ({ ok: true }));
  app.get('/missing', () => {
    throw new AppError('not_found', 'Thing not found');
  });
  app.get('/boom', () => {
    throw new Error('password=hunter2 at db.internal:5432');
  });
  app.get('/pool-exhausted', () => {
    // What Drizzle throws when pg-pool gave up waiting for a free connection: the pool's error as the cause.
    throw new Error('Failed query: select 1', { cause: new Error('timeout exceeded when trying to connect') });
  });
  app.get('/bad-output', { schema: { response: { 200: z.object({ id: z.string() }) } } }, () => ({ id: 42 }) as unknown as { id: string });
  await app.ready();
  return app;
}

describe('error handler', () => {
  it('names the invalid fields of a request', async () => {
    const app = await appWithRoutes();
    const response = await app.inject({ method: 'POST', url: '/things', payload: { name: 'x', size: 'big' } });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['body.name', 'body.size']));
    expect(body.error.message).toContain('body.name');
  });

  it('maps AppError codes to statuses', async () => {
    const app = await appWithRoutes();
    const response = await app.inject({ method: 'GET', url: '/missing' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: 'not_found', message: 'Thing not found' });
  });

  it('never leaks the internals of a 5xx', async () => {
    const app = await appWithRoutes();
    for (const url of ['/boom', '/bad-output']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain('hunter2');
      expect(response.body).not.toContain('42');
      expect(response.json().error.code).toBe('internal');
    }
  });

  it('answers a request that found no free database connection 503 "busy" with a Retry-After, never 500', async () => {
    const app = await appWithRoutes();
    const response = await app.inject({ method: 'GET', url: '/pool-exhausted' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('1');
    expect(response.json().error).toMatchObject({ code: 'unavailable', message: expect.stringContaining('try again') });
    expect(response.body).not.toContain('select 1');
  });

  it('answers unknown routes with a JSON 404', async () => {
    const app = await appWithRoutes();
    const response = await app.inject({ method: 'GET', url: '/nope?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toBe('No route for GET /nope');
  });
});
