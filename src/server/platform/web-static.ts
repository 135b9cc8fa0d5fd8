import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Serves the built web app; any non-API GET that matches no file gets index.html so client-side routes work. */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) return;
  await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  app.get('/*', { schema: { hide: true }, config: { public: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.status(404).send({ error: { code: 'not_found', message: `No route for GET ${request.url.split('?')[0]}`, requestId: String(request.id) } });
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
