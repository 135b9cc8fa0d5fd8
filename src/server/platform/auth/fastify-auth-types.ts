import type { WorkspaceRole } from '../../db/schema/index.ts';
import type { Auth } from './create-auth.ts';

export type AuthSession = Auth['$Infer']['Session'];
export type AuthUser = AuthSession['user'];

/** What route handlers elsewhere reach through `request.server.parleyAuth`. */
export type AuthAccess = {
  auth: Auth;
  findWorkspaceRole(userId: string, workspaceId: string): Promise<WorkspaceRole | undefined>;
};

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyContextConfig {
    /** Reachable without a session. Every other /api route answers 401 to anonymous callers. */
    public?: boolean;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyRequest {
    /** The caller's session, loaded by the session guard; null on public routes and outside /api. */
    authSession: AuthSession | null;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyInstance {
    parleyAuth: AuthAccess;
  }
}
