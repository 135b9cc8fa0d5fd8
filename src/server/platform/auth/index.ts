export { authRoutes } from './auth-routes.ts';
export { createAuth, type Auth } from './create-auth.ts';
export type { AuthSession, AuthUser } from './fastify-auth-types.ts';
export { findPasswordProblem } from './password-policy.ts';
export { registerSessionGuard, requireSession } from './session-guard.ts';
export { createSignInLockout, type SignInLockout } from './sign-in-lockout.ts';
export { registerIdentity, type Identity } from './register-identity.ts';
