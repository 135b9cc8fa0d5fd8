import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The value of the cookie `name` in a Cookie header, read the way better-call (better-auth's router) reads it: the
 * first cookie of that name, surrounding quotes dropped, percent-decoded.
 */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const equals = part.indexOf('=');
    if (equals === -1 || part.slice(0, equals).trim() !== name) continue;
    let value = part.slice(equals + 1).trim();
    if (value.startsWith('"')) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/**
 * The value better-auth signed into a cookie (`value.base64(HMAC-SHA256(secret, value))`, as better-call's
 * `getSignedCookie`), or undefined when the cookie is missing or its signature does not match.
 */
export function verifySignedCookie(cookie: string | undefined, secret: string): string | undefined {
  if (!cookie) return undefined;
  const dot = cookie.lastIndexOf('.');
  if (dot < 1) return undefined;
  const value = cookie.slice(0, dot);
  const signature = Buffer.from(cookie.slice(dot + 1));
  const expected = Buffer.from(createHmac('sha256', secret).update(value).digest('base64'));
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? value : undefined;
}
