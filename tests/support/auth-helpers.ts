import { createHmac } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app.ts';

/** Session and other cookies from a response, as a Cookie header (deleted cookies dropped). */
export function cookieHeader(response: LightMyRequestResponse, previous = ''): string {
  const jar = new Map<string, string>();
  for (const part of previous.split('; ').filter(Boolean)) {
    const [name, ...rest] = part.split('=');
    if (name) jar.set(name, rest.join('='));
  }
  const raw = response.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  for (const line of list) {
    const [pair = ''] = line.split(';');
    const [name = '', ...rest] = pair.split('=');
    if (/max-age=0/i.test(line) || rest.join('=') === '') jar.delete(name);
    else jar.set(name, rest.join('='));
  }
  return [...jar.entries()].map(([name, value]) => `${name}=${value}`).join('; ');
}

export type Caller = { cookie: string; userId: string; email: string; password: string };

export type RequestOptions = { cookie?: string; payload?: unknown; headers?: Record<string, string>; ip?: string; noOrigin?: boolean };

/** A same-origin request like the web app makes: Origin header, JSON body, optional session cookie. */
export function call(t: TestApp, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, options: RequestOptions = {}) {
  const headers: Record<string, string> = { ...(options.noOrigin ? {} : { origin: t.config.publicUrl }), ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  return t.app.inject({
    method,
    url,
    headers,
    remoteAddress: options.ip,
    ...(options.payload === undefined ? {} : { payload: options.payload as Record<string, unknown> }),
  });
}

let counter = 0;
export const strongPassword = 'Correct-Horse-Battery-9';

export async function signUp(t: TestApp, input: { email?: string; name?: string; password?: string } = {}): Promise<Caller> {
  counter += 1;
  const email = input.email ?? `user${counter}.${Math.random().toString(36).slice(2, 8)}@example.test`;
  const password = input.password ?? strongPassword;
  const response = await call(t, 'POST', '/api/auth/sign-up/email', { payload: { email, password, name: input.name ?? `User ${counter}` } });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  return { cookie: cookieHeader(response), userId: response.json<{ user: { id: string } }>().user.id, email, password };
}

export async function signIn(t: TestApp, email: string, password: string, extra: Record<string, unknown> = {}) {
  return call(t, 'POST', '/api/auth/sign-in/email', { payload: { email, password, ...extra } });
}

/** RFC 6238 TOTP (SHA-1, 30 s, 6 digits) from a base32 secret, as an authenticator app computes it. */
export function totpCode(base32Secret: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of base32Secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)?.map((byte) => parseInt(byte, 2)) ?? []);
  const counterBuffer = Buffer.alloc(8);
  counterBuffer.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const hmac = createHmac('sha1', key).update(counterBuffer).digest();
  const offset = (hmac[hmac.length - 1] ?? 0) & 0xf;
  const value = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, '0');
}

/** The newest outbox message to an address, straight from the table the admin page reads. */
export async function latestMail(t: TestApp, to: string) {
  const { mailOutbox } = await import('#server/db/schema/index.ts');
  const { desc, eq } = await import('drizzle-orm');
  const [row] = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to.toLowerCase())).orderBy(desc(mailOutbox.createdAt)).limit(1);
  if (!row) throw new Error(`no mail to ${to}`);
  return row;
}

export function firstLink(text: string): string {
  const match = /https?:\/\/\S+/.exec(text);
  if (!match) throw new Error(`no link in: ${text}`);
  return match[0];
}
