import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.ts';
import type { WorkspaceRole } from '../../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { findWorkspaceRole, touchSession } from './auth.repo.ts';
import type { Auth } from './create-auth.ts';
import type { AuthSession, AuthUser } from './fastify-auth-types.ts';
import { copySetCookies, toFetchHeaders } from './request-headers.ts';

/** Served by plugins we do not configure per route (OpenAPI document and its UI). */
const publicPrefixes = ['/api/docs', '/api/openapi.json'];

function isPublicRequest(request: FastifyRequest): boolean {
  if (request.routeOptions.config.public === true) return true;
  const path = request.url.split('?')[0] ?? '';
  return publicPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * One global hook loads the session for every /api route and answers 401 unless the route says `config: { public: true }`,
 * so a forgotten check fails closed. Sessions are read from the database on every request (no cookie cache).
 */
export function registerSessionGuard(app: FastifyInstance, deps: { auth: Auth; db: Db; now: () => number }): void {
  app.decorateRequest('authSession', null);
  app.decorate('parleyAuth', {
    auth: deps.auth,
    findWorkspaceRole: (userId: string, workspaceId: string) => findWorkspaceRole(deps.db, userId, workspaceId),
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/auth/')) return;
    if (request.is404 || isPublicRequest(request)) return;
    const result = await deps.auth.api.getSession({ headers: toFetchHeaders(request.headers), returnHeaders: true });
    copySetCookies(result.headers, reply);
    const session = result.response;
    if (!session || session.user.banned) throw new AppError('unauthenticated', 'Sign in to continue.');
    request.authSession = session;
    await touchSession(deps.db, session.session.id, new Date(deps.now()));
  });
}

/** The signed-in caller's session; throws 401 when there is none (only possible on a public route). */
export function requireSession(request: FastifyRequest): AuthSession {
  if (!request.authSession) throw new AppError('unauthenticated', 'Sign in to continue.');
  return request.authSession;
}

export function requireUser(request: FastifyRequest): AuthUser {
  return requireSession(request).user;
}

export function requireAdmin(request: FastifyRequest): AuthUser {
  const user = requireUser(request);
  if (user.role !== 'admin') throw new AppError('forbidden', 'Only an administrator may do this.');
  return user;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The caller's role in a workspace, checked against the roles allowed to act. Non-members get 404 (a workspace's
 * existence is not revealed); members without an allowed role get 403.
 */
export async function requireWorkspaceRole(
  request: FastifyRequest,
  workspaceId: string,
  allowedRoles: readonly WorkspaceRole[],
): Promise<{ user: AuthUser; role: WorkspaceRole }> {
  const user = requireUser(request);
  const role = uuidPattern.test(workspaceId) ? await request.server.parleyAuth.findWorkspaceRole(user.id, workspaceId) : undefined;
  if (!role) throw new AppError('not_found', 'Workspace not found.');
  if (!allowedRoles.includes(role)) {
    throw new AppError('forbidden', `Your role in this workspace (${role}) may not do this; it needs ${allowedRoles.join(' or ')}.`);
  }
  return { user, role };
}
