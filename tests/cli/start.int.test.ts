import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runParley, startParleyServer, tempDataDir, type ParleyServer } from '#tests/support/parley-process.ts';

describe('parley start', () => {
  let server: ParleyServer;
  beforeAll(async () => {
    server = await startParleyServer();
  });
  afterAll(async () => {
    await server.stop('SIGKILL');
  });

  it('creates the embedded database and a server secret in a new data folder', async () => {
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: { kind: 'pglite', ok: true, vector: true } });
    const secret = fs.readFileSync(path.join(server.dataDir, 'server-secret'), 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(path.join(server.dataDir, 'server-secret')).mode & 0o777).toBe(0o600);
  });

  it('serves the web app with a client-side routing fallback, and the API reference', async () => {
    const page = await fetch(`${server.url}/practice/some/deep/link`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const docs = await fetch(`${server.url}/api/docs/`);
    expect(docs.status).toBe(200);
    const spec = await (await fetch(`${server.url}/api/openapi.json`)).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(spec.paths['/api/health']).toBeDefined();
    const missingApi = await fetch(`${server.url}/api/does-not-exist`);
    expect(missingApi.status).toBe(404);
    expect((await missingApi.json()).error.code).toBe('not_found');
  });

  it('refuses a second process on the same embedded database with a clear message', async () => {
    const result = await runParley(['db', 'migrate'], { DATA_DIR: server.dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^parley: The embedded database in .* is in use by another Parley process \(pid \d+\)/);
  });
});

describe('start-up failures', () => {
  it('stops on bad configuration with one line and no stack trace', async () => {
    const result = await runParley(['start'], { PORT: 'abc', DATA_DIR: tempDataDir() });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual(['parley: Invalid configuration: PORT must be a number (got "abc")']);
  });

  it('stops on a server secret file that is too short with one line, and leaves the file as it was', async () => {
    const dataDir = tempDataDir();
    const file = path.join(dataDir, 'server-secret');
    fs.writeFileSync(file, 'abcde', { mode: 0o600 });
    const before = fs.readFileSync(file);
    const result = await runParley(['start'], { PORT: '0', DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^parley: The server secret file .*server-secret holds only 5 characters \(at least 32 are needed\)\. Restore it from a backup or set SERVER_SECRET/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual(['server-secret']);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops on an unreachable DATABASE_URL with one line', async () => {
    const result = await runParley(['start'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing', DATA_DIR: tempDataDir() });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^parley: Cannot reach the database at 127\.0\.0\.1:1\/nothing/);
  });
});

describe('graceful shutdown', () => {
  it('exits 0 on SIGTERM and releases the data folder', async () => {
    const server = await startParleyServer();
    const result = await server.stop('SIGTERM');
    expect(result.code).toBe(0);
    expect(fs.existsSync(path.join(server.dataDir, 'pg.lock'))).toBe(false);
    const again = await runParley(['db', 'migrate'], { DATA_DIR: server.dataDir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Migrations applied to the embedded database');
  });
});

describe('parley --help', () => {
  it('lists the commands', async () => {
    const result = await runParley(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('start');
    expect(result.stdout).toContain('db');
  });
});
