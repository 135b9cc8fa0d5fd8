import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebApp } from './web-static.ts';

describe('the built web app', () => {
  let app: FastifyInstance;
  let root: string;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-web-'));
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Parley</title>');
    fs.writeFileSync(path.join(root, 'assets', 'page-abc123.js'), 'export const page = 1;');
    app = Fastify();
    await registerWebApp(app, root);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('serves the page for client-side routes and the files that exist', async () => {
    const page = await app.inject({ url: '/hiring/jobs/123?tab=ranking' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('<title>Parley</title>');
    const chunk = await app.inject({ url: '/assets/page-abc123.js' });
    expect(chunk.statusCode).toBe(200);
    expect(chunk.headers['content-type']).toMatch(/javascript/);
  });

  it('answers a missing script, style sheet or image with 404, never with the page', async () => {
    for (const url of ['/assets/page-old999.js', '/assets/index-old.css', '/logo-missing.png', '/assets/nested/thing']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('<title>Parley</title>');
    }
  });

  it('answers an unknown API path with a JSON 404 naming it', async () => {
    const response = await app.inject({ url: '/api/nothing-here?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found', message: 'No route for GET /api/nothing-here' } });
  });
});
