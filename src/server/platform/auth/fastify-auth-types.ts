import type { Auth } from './create-auth.ts';

export type AuthSession = Auth['$Infer']['Session'];
export type AuthUser = AuthSession['user'];

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyContextConfig {
    /** Reachable without a session. Every other /api route answers 401 to anonymous callers. */
    public?: boolean;
    /** On a public route: load the session when there is one (a route that also takes another credential, e.g. a room link). */
    optionalSession?: boolean;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyRequest {
    /** The caller's session, loaded by the session guard; null on public routes and outside /api. */
    authSession: AuthSession | null;
  }
}
