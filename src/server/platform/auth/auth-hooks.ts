import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { findPasswordProblem } from './password-policy.ts';
import type { SignInLockout } from './sign-in-lockout.ts';

type SecondFactorCheck = (headers: Headers, code: string) => Promise<boolean>;

/** Why this address may not sign up now (the installation's sign-up policy), or undefined when it may. */
type SignUpCheck = (email: string) => Promise<string | undefined>;

/** Told of a sign-in refused by the lock before any password is checked (the audit records it). */
type LockedSignInListener = (email: string, headers: Headers | undefined) => Promise<void>;

export type AuthHookDeps = { lockout: SignInLockout; checkSecondFactor: SecondFactorCheck; checkSignUp: SignUpCheck; onLockedSignIn: LockedSignInListener };

const maxNameLength = 200;

function lockedError(unlocksAt: Date): APIError {
  return new APIError('LOCKED', {
    code: 'locked',
    message: `Too many failed sign-ins. Try again after ${unlocksAt.toISOString()}.`,
    unlocksAt: unlocksAt.toISOString(),
  });
}

function readBody(body: unknown): Record<string, unknown> {
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
}

/** Rules better-auth does not have: password strength, sign-in lockout, and a code to switch 2FA off. */
export function createAuthHooks(deps: AuthHookDeps) {
  const before = createAuthMiddleware(async (ctx) => {
    const body = readBody(ctx.body);
    switch (ctx.path) {
      case '/sign-up/email': {
        const problem = findPasswordProblem(body.password);
        if (problem) throw new APIError('BAD_REQUEST', { code: 'weak_password', message: problem });
        if (typeof body.name !== 'string' || body.name.trim() === '') throw new APIError('BAD_REQUEST', { code: 'invalid_name', message: 'The name is missing.' });
        if (body.name.length > maxNameLength) throw new APIError('BAD_REQUEST', { code: 'invalid_name', message: `The name is too long: use at most ${maxNameLength} characters.` });
        const refusal = typeof body.email === 'string' ? await deps.checkSignUp(body.email) : undefined;
        if (refusal) throw new APIError('FORBIDDEN', { code: 'sign_up_closed', message: refusal });
        return;
      }
      case '/reset-password':
      case '/change-password': {
        const problem = findPasswordProblem(body.newPassword);
        if (problem) throw new APIError('BAD_REQUEST', { code: 'weak_password', message: problem });
        return;
      }
      case '/sign-in/email': {
        if (typeof body.email !== 'string') return;
        const unlocksAt = await deps.lockout.findLock(body.email);
        if (unlocksAt) {
          // Refused here, so no after hook sees it: the audit hears of it now.
          await deps.onLockedSignIn(body.email, ctx.headers);
          throw lockedError(unlocksAt);
        }
        return;
      }
      case '/two-factor/disable': {
        const code = typeof body.code === 'string' ? body.code.trim() : '';
        if (!code) throw new APIError('BAD_REQUEST', { code: 'code_required', message: 'Enter a code from your authenticator app (or a backup code) to turn off two-factor authentication.' });
        if (!ctx.headers || !(await deps.checkSecondFactor(ctx.headers, code))) {
          throw new APIError('BAD_REQUEST', { code: 'invalid_code', message: 'The code is not valid.' });
        }
        return;
      }
      default:
        return;
    }
  });

  const after = createAuthMiddleware(async (ctx) => {
    if (ctx.path !== '/sign-in/email') return;
    const returned = ctx.context.returned;
    const email = readBody(ctx.body).email;
    if (isAPIError(returned)) {
      // An after hook cannot change the status of this answer (still 401); the next attempt gets the 423.
      if (returned.statusCode === 401 && typeof email === 'string') await deps.lockout.recordFailure(email);
      return;
    }
    const userId = ctx.context.newSession?.user.id;
    if (userId) await deps.lockout.recordSuccess(userId);
  });

  return { before, after };
}
