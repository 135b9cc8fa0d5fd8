import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '#server/platform/errors.ts';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * False when a state-changing request may come from another site's page. Browsers send an Origin header on every
 * cross-origin POST/PUT/PATCH/DELETE (and Sec-Fetch-Site on every request), so a request with an Origin must name a
 * trusted one, one with only Sec-Fetch-Site must be same-origin, and one with neither comes from a client that is not
 * a browser (a script, curl), which cannot be tricked into sending someone else's cookie.
 */
export function isSameOriginRequest(request: Pick<FastifyRequest, 'headers'>, trustedOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin) return trustedOrigins.includes(origin);
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/**
 * Cookies ride along on cross-site requests, so a browser's state-changing call to our API must come from one of our
 * pages (see isSameOriginRequest). Under /api/auth the rule applies whenever a cookie is sent (better-auth leaves e.g.
 * sign-out unchecked); cookie-less sign-up/sign-in calls are left to better-auth's own checks, since there is no
 * ambient credential to abuse.
 */
export function registerCsrfGuard(app: FastifyInstance, trustedOrigins: readonly string[]): void {
  app.addHook('onRequest', async (request) => {
    if (!stateChanging.has(request.method) || !request.url.startsWith('/api/')) return;
    if (request.url.startsWith('/api/auth/') && !request.headers.cookie) return;
    if (isSameOriginRequest(request, trustedOrigins)) return;
    throw new AppError('forbidden', 'Cross-site request refused: send it from the Parley web app (the Origin header is not trusted).');
  });
}
