import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True when a state-changing request provably comes from one of our own pages. */
export function isSameOriginRequest(request: Pick<FastifyRequest, 'headers'>, trustedOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin) return trustedOrigins.includes(origin);
  return request.headers['sec-fetch-site'] === 'same-origin';
}

/**
 * Cookies ride along on cross-site requests, so every state-changing call to our API must carry a trusted Origin
 * (or, from browsers that omit it, Sec-Fetch-Site: same-origin). Under /api/auth the rule applies whenever a cookie
 * is sent (better-auth leaves e.g. sign-out unchecked); cookie-less sign-up/sign-in calls are left to better-auth's
 * own origin check, since there is no ambient credential to abuse.
 */
export function registerCsrfGuard(app: FastifyInstance, trustedOrigins: readonly string[]): void {
  app.addHook('onRequest', async (request) => {
    if (!stateChanging.has(request.method) || !request.url.startsWith('/api/')) return;
    if (request.url.startsWith('/api/auth/') && !request.headers.cookie) return;
    if (isSameOriginRequest(request, trustedOrigins)) return;
    throw new AppError('forbidden', 'Cross-site request refused: send it from the Parley web app (the Origin header is missing or not trusted).');
  });
}
