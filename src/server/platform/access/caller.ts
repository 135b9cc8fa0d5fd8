import type { FastifyRequest } from 'fastify';
import { AppError } from '#server/platform/errors.ts';
import type { InstallationRole } from '#shared/vocabulary.ts';

export type { InstallationRole };

/** Who is calling, as every service sees them: taken from the session once, in the route, by `callerOf`. */
export type Caller = { userId: string; role: InstallationRole };

/** The signed-in caller of a request; 401 when there is none (only possible on a route declared public). */
export function callerOf(request: FastifyRequest): Caller {
  const user = request.authSession?.user;
  if (!user) throw new AppError('unauthenticated', 'Sign in to continue.');
  return { userId: user.id, role: user.role === 'admin' || user.role === 'support' ? user.role : 'user' };
}
