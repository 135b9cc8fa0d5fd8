import type { FastifyReply, FastifyRequest } from 'fastify';

/** Node's incoming headers as a Fetch Headers object (multi-valued headers kept). */
export function toFetchHeaders(incoming: FastifyRequest['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, String(value));
  }
  return headers;
}

/** Copies every Set-Cookie (Headers.get would join them into one unusable line). */
export function copySetCookies(from: Headers | null | undefined, reply: FastifyReply): void {
  const cookies = from?.getSetCookie() ?? [];
  if (cookies.length === 0) return;
  const existing = reply.getHeader('set-cookie');
  const previous = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  reply.header('set-cookie', [...previous, ...cookies]);
}
