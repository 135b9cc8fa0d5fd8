import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** A request for a file (a script, a style sheet, an image): a name with an extension, or anything under /assets/. */
function asksForFile(pathname: string): boolean {
  return pathname.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(pathname);
}

/**
 * Serves the built web app; a GET for a page that matches no file gets index.html so client-side routes work. A file
 * that is not there (a script chunk of an older build, say) is a 404: answering it with the page would hand the browser
 * HTML as a script, and the app could not tell that it needs a reload.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) return;
  await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  app.get('/*', { schema: { hide: true }, config: { public: true } }, (request, reply) => {
    const pathname = request.url.split('?')[0] ?? request.url;
    if (pathname.startsWith('/api/')) {
      return reply.status(404).send({ error: { code: 'not_found', message: `No route for GET ${pathname}`, requestId: String(request.id) } });
    }
    if (asksForFile(pathname)) return reply.status(404).type('text/plain').send(`No file ${pathname}`);
    return reply.type('text/html').sendFile('index.html');
  });
}
