import dns from 'node:dns';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboundGuard, OutboundRefusedError, type Lookup, type OutboundGuard } from './index.ts';

/** A local HTTP server that counts what it receives; `/go?to=…` redirects there. */
async function startServer() {
  const seen: string[] = [];
  const server = http.createServer((request, response) => {
    seen.push(request.url ?? '');
    const to = new URL(request.url ?? '/', 'http://x').searchParams.get('to');
    if (to) response.writeHead(302, { location: to }).end();
    else response.writeHead(200, { 'content-type': 'text/plain' }).end('secret of the inside');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { port, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Test names resolved as a DNS server would answer them; everything else goes to the system resolver. */
function lookupOf(names: Record<string, string[]>): Lookup {
  return async (hostname) => {
    const addresses = names[hostname];
    if (!addresses) return dns.promises.lookup(hostname, { all: true });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

/** The reason fetch failed: undici wraps the connector's error as the cause of "fetch failed". */
async function refusalOf(promise: Promise<unknown>): Promise<OutboundRefusedError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  const cause = error instanceof OutboundRefusedError ? error : (error as { cause?: unknown } | undefined)?.cause;
  if (!(cause instanceof OutboundRefusedError)) throw new Error(`expected a refusal, got ${String(error)} (${String((error as { cause?: unknown })?.cause)})`);
  return cause;
}

describe('the outbound guard', () => {
  let inside: Awaited<ReturnType<typeof startServer>>;
  let allowList: string[] = [];
  let guard: OutboundGuard;
  const names = {
    // A "public" page of the test: a name the administrator allowed, served by a local server.
    'public-site.test': ['127.0.0.1'],
    'intranet.test': ['10.20.30.40'],
    'metadata.test': ['169.254.169.254'],
    'split.test': ['93.184.215.14', '192.168.1.1'],
    'gpu-box': ['127.0.0.1'],
  };
  beforeAll(async () => {
    inside = await startServer();
    guard = createOutboundGuard({ allowList: async () => allowList, lookup: lookupOf(names) });
  });
  afterAll(async () => {
    await guard.close();
    await inside.close();
  });

  it('refuses a loopback address given as a literal, in every spelling, before connecting', async () => {
    allowList = [];
    const before = inside.seen.length;
    for (const host of ['127.0.0.1', '[::1]', '[::ffff:127.0.0.1]', '127.1', '0.0.0.0']) {
      const refused = await refusalOf(guard.fetch(`http://${host}:${inside.port}/`));
      expect(refused.message, host).toMatch(/loopback|unspecified/);
      expect(refused.message).toMatch(/outbound\.allow/);
    }
    expect(inside.seen.length).toBe(before);
  });

  it('refuses private, link-local and CGNAT addresses, naming the rule', async () => {
    allowList = [];
    expect((await refusalOf(guard.fetch('http://10.0.0.1/'))).message).toMatch(/private network address \(RFC 1918/);
    expect((await refusalOf(guard.fetch('http://[fd12::1]/'))).message).toMatch(/RFC 4193/);
    expect((await refusalOf(guard.fetch('http://169.254.169.254/latest/meta-data/'))).message).toMatch(/link-local/);
    expect((await refusalOf(guard.fetch('http://[fe80::1]/'))).message).toMatch(/link-local/);
    expect((await refusalOf(guard.fetch('http://100.64.1.1/'))).message).toMatch(/carrier-grade NAT/);
    expect((await refusalOf(guard.fetch('http://224.0.0.1/'))).message).toMatch(/multicast/);
  });

  it('refuses a host name that resolves to a private or metadata address (the resolved address is checked, not the name)', async () => {
    allowList = [];
    expect((await refusalOf(guard.fetch('http://intranet.test/v1/models'))).message).toMatch(/intranet\.test \(10\.20\.30\.40\): it is a private network address/);
    expect((await refusalOf(guard.fetch('http://metadata.test/'))).message).toMatch(/link-local/);
    // One bad answer among good ones is enough: the connection could go to either.
    expect((await refusalOf(guard.fetch('https://split.test/'))).message).toMatch(/192\.168\.1\.1/);
    // The system resolver: localhost is this machine.
    const before = inside.seen.length;
    expect((await refusalOf(guard.fetch(`http://localhost:${inside.port}/`))).message).toMatch(/loopback/);
    expect(inside.seen.length).toBe(before);
  });

  it('refuses a redirect from an allowed page to 127.0.0.1, at the redirect', async () => {
    allowList = ['public-site.test'];
    const direct = await guard.fetch(`http://public-site.test:${inside.port}/page`);
    expect(direct.status).toBe(200);
    expect(await direct.text()).toBe('secret of the inside');
    const before = inside.seen.length;
    const refused = await refusalOf(guard.fetch(`http://public-site.test:${inside.port}/go?to=${encodeURIComponent(`http://127.0.0.1:${inside.port}/admin`)}`));
    expect(refused.message).toMatch(/Parley does not connect to 127\.0\.0\.1: it is a loopback address/);
    // The allowed page was asked (and answered with the redirect); the loopback target never was.
    expect(inside.seen.slice(before)).toEqual([`/go?to=${encodeURIComponent(`http://127.0.0.1:${inside.port}/admin`)}`]);
  });

  it('reaches a LAN host an administrator allowed, by name or by range', async () => {
    allowList = ['gpu-box'];
    const byName = await guard.fetch(`http://gpu-box:${inside.port}/v1/models`);
    expect(byName.status).toBe(200);
    await byName.body?.cancel();
    expect(inside.seen.at(-1)).toBe('/v1/models');
    await refusalOf(guard.fetch(`http://127.0.0.1:${inside.port}/`));
    allowList = ['127.0.0.0/8'];
    const byRange = await guard.fetch(`http://127.0.0.1:${inside.port}/range`);
    expect(byRange.status).toBe(200);
    await byRange.body?.cancel();
    allowList = ['*.test'];
    expect((await guard.fetch(`http://public-site.test:${inside.port}/`)).status).toBe(200);
  });

  it('checks a URL before it is stored: the scheme, and the addresses its host resolves to now', async () => {
    allowList = [];
    await expect(guard.checkUrl('file:///etc/passwd')).rejects.toThrow(/only calls http:\/\/ and https:\/\/ URLs, not file:/);
    await expect(guard.checkUrl('gopher://127.0.0.1:6379/')).rejects.toThrow(/not gopher:/);
    await expect(guard.checkUrl('http://127.0.0.1:6379/')).rejects.toThrow(/loopback/);
    await expect(guard.checkUrl('http://intranet.test/')).rejects.toThrow(/private network/);
    await expect(guard.checkUrl('not a url')).rejects.toThrow(/is not a URL/);
    await expect(guard.checkUrl('https://93.184.215.14/v1')).resolves.toBeUndefined();
    // A name that does not resolve now cannot be judged yet: it is judged when used.
    await expect(guard.checkUrl('https://llm.unknown-name.invalid/v1')).resolves.toBeUndefined();
    await expect(guard.checkUrl('wss://intranet.test', { schemes: ['wss:', 'https:'] })).rejects.toThrow(/private/);
    allowList = ['10.0.0.0/8'];
    await expect(guard.checkUrl('http://intranet.test/')).resolves.toBeUndefined();
  });
});
