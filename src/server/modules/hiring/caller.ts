import type { FastifyRequest } from 'fastify';
import { requireUser } from '#server/platform/auth/session-guard.ts';
import type { Caller } from './access.ts';

/** The signed-in user as the hiring services see them. */
export function callerOf(request: FastifyRequest): Caller {
  return { userId: requireUser(request).id };
}
