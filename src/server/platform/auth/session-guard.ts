import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '#server/db/client.ts';
import { AppError } from '#server/platform/errors.ts';
import { touchSession } from './auth.repo.ts';
import type { Auth } from './create-auth.ts';
import type { AuthSession } from './fastify-auth-types.ts';
import { createSessionReader } from './session-reader.ts';

/** A session's last activity is recorded at most once a minute, so most requests write nothing. */
const touchEveryMs = 60_000;

/** Served by plugins we do not configure per route (OpenAPI document and its UI). */
const publicPrefixes = ['/api/docs', '/api/openapi.json'];

function isPublicRequest(request: FastifyRequest): boolean {
  if (request.routeOptions.config.public === true) return true;
  const path = request.url.split('?')[0] ?? '';
  return publicPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * One global hook loads the session for every /api route and answers 401 unless the route says `config: { public: true }`,
 * so a forgotten check fails closed. Sessions are read from the database on every request (no cookie cache), with their
 * user in one query (decision 056). Who may do what is decided later, in the services (`#server/platform/access`).
 */
export function registerSessionGuard(app: FastifyInstance, deps: { auth: Auth; db: Db; now: () => Date }): void {
  app.decorateRequest('authSession', null);
  const readSession = createSessionReader(deps);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/auth/')) return;
    if (request.is404) return;
    const optional = request.routeOptions.config.optionalSession === true;
    if (isPublicRequest(request) && !optional) return;
    if (optional && !/(?:^|;\s*)(?:__Secure-)?parley\.session_token=/.test(request.headers.cookie ?? '')) return;
    const session = await readSession(request, reply);
    if (optional) {
      if (session && !session.user.banned) request.authSession = session;
      return;
    }
    if (!session || session.user.banned) throw new AppError('unauthenticated', 'Sign in to continue.');
    request.authSession = session;
    const now = deps.now();
    const lastSeenAt = session.session.lastSeenAt;
    if (!lastSeenAt || now.getTime() - new Date(lastSeenAt).getTime() >= touchEveryMs) await touchSession(deps.db, session.session.id, now);
  });
}

/**
 * The signed-in caller's session itself, for the few routes that need more than `callerOf` gives: the current
 * session's id (sessions list) or its age (account deletion). Throws 401 when there is none (only on a public route).
 */
export function requireSession(request: FastifyRequest): AuthSession {
  if (!request.authSession) throw new AppError('unauthenticated', 'Sign in to continue.');
  return request.authSession;
}
