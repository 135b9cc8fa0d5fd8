import Fastify from 'fastify';
import { expect, it } from 'vitest';
import { openEventStream } from './event-stream.ts';

it('frames events, ids, comments and the retry hint, keeps the headers hooks set, and drops writes after the end', async () => {
  const app = Fastify();
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('x-frame-options', 'DENY');
  });
  let closed = 0;
  app.get('/stream', async (_request, reply) => {
    const stream = openEventStream(reply, { retryMs: 5000 });
    stream.onClose(() => closed++);
    stream.comment('connected');
    stream.send('note', { text: 'line one\nline two' }, 7);
    stream.send('state', { done: true });
    stream.end();
    stream.send('late', { lost: true });
    expect(stream.open).toBe(false);
  });
  const response = await app.inject({ method: 'GET', url: '/stream' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['x-request-id']).toBeDefined();
  expect(response.body).toBe('retry: 5000\n\n: connected\n\nid: 7\nevent: note\ndata: {"text":"line one\\nline two"}\n\nevent: state\ndata: {"done":true}\n\n');
  expect(closed).toBe(1);
  await app.close();
});
