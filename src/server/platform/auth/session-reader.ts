import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '#server/db/client.ts';
import { findSessionByToken } from './auth.repo.ts';
import type { Auth } from './create-auth.ts';
import type { AuthSession } from './fastify-auth-types.ts';
import { copySetCookies, toFetchHeaders } from './request-headers.ts';
import { readCookie, verifySignedCookie } from './signed-cookie.ts';

export type SessionReader = (request: FastifyRequest, reply: FastifyReply) => Promise<AuthSession | null>;

/**
 * How a request finds its caller (decision 056): the signed session cookie is checked here and the session with its
 * user read in one indexed query, from the database on every request, so a revoked session, a ban or a sign-out
 * counts from the very next request, in every process. better-auth's `getSession` still answers every case that is
 * not the ordinary one (no valid cookie, a session not found, expired or due for its daily refresh, a leftover
 * cookie cache), so deleting cookies, cleaning up expired sessions and refreshing stay better-auth's own.
 */
export function createSessionReader(deps: { auth: Auth; db: Db }): SessionReader {
  const { auth, db } = deps;
  const settings = auth.$context.then((context) => ({
    secret: context.secret,
    cookies: context.authCookies,
    expiresInMs: context.sessionConfig.expiresIn * 1000,
    updateAgeMs: context.sessionConfig.updateAge * 1000,
  }));

  async function readWithBetterAuth(request: FastifyRequest, reply: FastifyReply): Promise<AuthSession | null> {
    const result = await auth.api.getSession({ headers: toFetchHeaders(request.headers), returnHeaders: true });
    copySetCookies(result.headers, reply);
    return result.response;
  }

  return async (request, reply) => {
    const { secret, cookies, expiresInMs, updateAgeMs } = await settings;
    const header = request.headers.cookie;
    const token = verifySignedCookie(readCookie(header, cookies.sessionToken.name), secret);
    if (!token || readCookie(header, cookies.sessionData.name) !== undefined) return readWithBetterAuth(request, reply);
    const found = await findSessionByToken(db, token);
    if (!found) return readWithBetterAuth(request, reply);
    const now = Date.now();
    const expiresAt = found.session.expiresAt.getTime();
    // better-auth extends a remembered session once a day (updateAge); a "don't remember me" session is never extended.
    const refreshDue = expiresAt - expiresInMs + updateAgeMs <= now && !verifySignedCookie(readCookie(header, cookies.dontRememberToken.name), secret);
    if (expiresAt <= now || refreshDue) return readWithBetterAuth(request, reply);
    return found;
  };
}
