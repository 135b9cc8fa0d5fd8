import dns from 'node:dns';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobPostings } from '#server/db/schema/index.ts';
import type { Lookup } from '#server/platform/outbound/index.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

const pages = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../tests/fixtures/job-pages');
const jobPage = readFileSync(path.join(pages, 'plain-jsonld.html'), 'utf8');

/** A job board on this machine, counting what reaches it: a page, a redirect to 127.0.0.1, a page over 2 MB, a PDF. */
async function startJobBoard() {
  const seen: string[] = [];
  const server = http.createServer((request, response) => {
    seen.push(`${request.headers.host} ${request.url}`);
    const port = (server.address() as AddressInfo).port;
    if (request.url === '/jobs/senior-data-analyst') return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(jobPage);
    if (request.url === '/jobs/moved') return response.writeHead(302, { location: `http://127.0.0.1:${port}/jobs/senior-data-analyst` }).end();
    if (request.url === '/jobs/huge') {
      // No content-length: the limit must hold while reading, not only on what the server declares.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'Lorem ipsum dolor sit amet. '.repeat(2000)}</p>`;
      for (let sent = 0; sent < 2_500_000; sent += chunk.length) response.write(chunk);
      return response.end();
    }
    if (request.url === '/jobs/brochure.pdf') return response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    return response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { port, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Test names as a DNS server would answer them: both are this machine, only the first is allowed by the administrator. */
const names: Record<string, string> = { 'jobs.example.test': '127.0.0.1', 'careers.example.com': '127.0.0.1' };
const lookup: Lookup = async (hostname) => {
  const address = names[hostname];
  return address ? [{ address, family: 4 }] : dns.promises.lookup(hostname, { all: true });
};

describe('importing a job posting by its address, through the outbound guard', () => {
  let t: TestApp;
  let maya: Caller;
  let board: Awaited<ReturnType<typeof startJobBoard>>;
  beforeAll(async () => {
    // The administrator allows the test job board by its name, as one would a host of their own network.
    t = await createTestApp({ OUTBOUND_ALLOW: 'jobs.example.test' }, { outboundLookup: lookup });
    maya = await signUp(t, { name: 'Maya Lindqvist' });
    board = await startJobBoard();
  });
  afterAll(async () => {
    await board.close();
    await t.close();
  });

  const importUrl = (url: string) => call(t, 'POST', '/api/career/job-postings', { cookie: maya.cookie, payload: { url } });

  it('fetches an allowed page, reads its JobPosting and keeps the raw data, the address and the reading status', async () => {
    const url = `http://jobs.example.test:${board.port}/jobs/senior-data-analyst`;
    const created = await importUrl(url);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ jobTitle: 'Senior Data Analyst', companyName: 'Northwind Health', source: 'url', url, readingSucceeded: true, readingError: null, datePosted: '2026-11-20', validThrough: '2026-12-01' });
    expect(created.json().skills).toContain('SQL');
    expect(typeof created.json().ageDays).toBe('number');
    expect(created.json().expired).toBe(new Date('2026-12-01T23:59:59Z').getTime() < Date.now());
    const [row] = await t.database.db.select({ rawJson: jobPostings.rawJson }).from(jobPostings).where(eq(jobPostings.id, created.json().id as string));
    expect(row?.rawJson).toMatchObject({ method: 'jsonld', finalUrl: url, jsonLd: { title: 'Senior Data Analyst' }, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('refuses a private address and a public-looking name that resolves to this machine, naming the rule', async () => {
    const before = board.seen.length;
    const direct = await importUrl(`http://127.0.0.1:${board.port}/jobs/senior-data-analyst`);
    expect(direct.statusCode).toBe(400);
    expect(direct.json().error.message).toMatch(/^body\.url: Parley does not connect to 127\.0\.0\.1: it is a loopback address/);
    const named = await importUrl(`http://careers.example.com:${board.port}/jobs/senior-data-analyst`);
    expect(named.statusCode).toBe(400);
    expect(named.json().error.message).toMatch(/careers\.example\.com \(127\.0\.0\.1\): it is a loopback address/);
    expect((await importUrl('http://10.0.0.1/jobs/1')).json().error.message).toMatch(/private network address/);
    expect((await importUrl('http://169.254.169.254/latest/meta-data/')).json().error.message).toMatch(/link-local/);
    expect((await importUrl('file:///etc/passwd')).statusCode).toBe(400);
    expect(board.seen.length).toBe(before);
  });

  it('refuses a redirect from an allowed page to 127.0.0.1, checked at the hop', async () => {
    const before = board.seen.length;
    const moved = await importUrl(`http://jobs.example.test:${board.port}/jobs/moved`);
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.message).toMatch(/^body\.url: Parley does not connect to 127\.0\.0\.1: it is a loopback address/);
    // The first hop reached the board; the redirect target never did.
    expect(board.seen.slice(before)).toEqual([`jobs.example.test:${board.port} /jobs/moved`]);
  });

  it('refuses a page over the size limit and what is not a web page, naming the field', async () => {
    const huge = await importUrl(`http://jobs.example.test:${board.port}/jobs/huge`);
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.message).toMatch(/^body\.url: the page is larger than 2 MB/);
    const pdf = await importUrl(`http://jobs.example.test:${board.port}/jobs/brochure.pdf`);
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().error.message).toMatch(/^body\.url: the address gives application\/pdf, not a web page/);
    const missing = await importUrl(`http://jobs.example.test:${board.port}/jobs/gone`);
    expect(missing.json().error.message).toMatch(/^body\.url: the page answered 404/);
    expect((await call(t, 'GET', '/api/career/job-postings', { cookie: maya.cookie })).json().total).toBe(1);
  });
});
