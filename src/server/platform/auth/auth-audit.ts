import { isAPIError } from 'better-auth/api';
import type { Db } from '#server/db/client.ts';
import { recordAudit } from '#server/modules/audit/index.ts';
import type { AuditAction } from '#shared/vocabulary.ts';
import { findUserIdByEmail } from './auth.repo.ts';

/** The header our Fastify mount sets from request.ip (trust-proxy aware); anything a client sends under it is replaced. */
export const clientIpHeader = 'x-parley-client-ip';

/** What the audit needs of a better-auth endpoint call (its after-hook or database-hook context). */
export type AuthCallContext = {
  path: string;
  headers?: Headers | undefined;
  body?: unknown;
  context: { returned?: unknown; newSession?: { user: { id: string } } | null; session?: { user: { id: string } } | null };
};

const secondFactorPaths = new Set(['/two-factor/verify-totp', '/two-factor/verify-backup-code', '/two-factor/verify-otp']);

/** The second step of a sign-in carries better-auth's two-factor cookie; turning 2FA on carries the session cookie instead. */
function isSecondStepOfSignIn(headers: Headers | undefined): boolean {
  return /(^|;\s*)(__Secure-)?parley\.two_factor=/.test(headers?.get('cookie') ?? '');
}

function errorCodeOf(returned: unknown): string {
  if (!isAPIError(returned)) return 'error';
  const body = returned.body as { code?: unknown } | undefined;
  return typeof body?.code === 'string' ? body.code.toLowerCase() : String(returned.statusCode);
}

/**
 * The audit of what happens inside better-auth (decision 016), one place per kind: sign-ins and failed sign-ins and
 * password changes from the after-hook of each endpoint (sign-ins refused by the lock from its before-hook), 2FA switched on or off from the user-update database hook,
 * password resets from better-auth's onPasswordReset. The email tried is kept; a password, code or token never is.
 */
export function createAuthAudit(deps: { db: Db; now: () => Date }) {
  const record = async (action: AuditAction, actorId: string | null, headers: Headers | undefined, extra: { target?: string | null; details?: Record<string, unknown> } = {}) => {
    await recordAudit(deps.db, { actorId, action, origin: { ip: headers?.get(clientIpHeader) ?? null }, at: deps.now(), ...extra });
  };

  return {
    /** After each better-auth endpoint: sign-ins (with their failures) and password changes. */
    async afterEndpoint(ctx: AuthCallContext): Promise<void> {
      const returned = ctx.context.returned;
      const failed = isAPIError(returned);
      const signedIn = ctx.context.newSession?.user.id;
      if (ctx.path === '/sign-in/email') {
        const body = ctx.body && typeof ctx.body === 'object' ? (ctx.body as { email?: unknown }) : {};
        const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : null;
        if (failed) {
          const userId = email ? await findUserIdByEmail(deps.db, email) : undefined;
          await record('auth.sign_in_failed', null, ctx.headers, { target: userId ? `user:${userId}` : null, details: { email, reason: errorCodeOf(returned) } });
        } else if (signedIn) {
          await record('auth.signed_in', signedIn, ctx.headers, { target: `user:${signedIn}`, details: { method: 'password' } });
        }
        return;
      }
      if (secondFactorPaths.has(ctx.path) && isSecondStepOfSignIn(ctx.headers)) {
        if (failed) await record('auth.sign_in_failed', null, ctx.headers, { details: { email: null, reason: errorCodeOf(returned), step: 'second_factor' } });
        else if (signedIn) await record('auth.signed_in', signedIn, ctx.headers, { target: `user:${signedIn}`, details: { method: 'password_and_second_factor' } });
        return;
      }
      if (ctx.path.startsWith('/callback/') && signedIn) {
        await record('auth.signed_in', signedIn, ctx.headers, { target: `user:${signedIn}`, details: { method: ctx.path.slice('/callback/'.length) } });
        return;
      }
      if (ctx.path === '/change-password' && !failed) {
        const userId = signedIn ?? ctx.context.session?.user.id ?? null;
        const revokeOthers = ctx.body && typeof ctx.body === 'object' ? (ctx.body as { revokeOtherSessions?: unknown }).revokeOtherSessions === true : false;
        await record('account.password_changed', userId, ctx.headers, { target: userId ? `user:${userId}` : null, details: { otherSessionsSignedOut: revokeOthers } });
      }
    },

    /** A sign-in refused by the lock (sign-in-lockout.ts) before its password was looked at: a failure, reason `locked`. */
    async lockedSignIn(rawEmail: string, headers: Headers | undefined): Promise<void> {
      const email = rawEmail.trim().toLowerCase();
      const userId = await findUserIdByEmail(deps.db, email);
      await record('auth.sign_in_failed', null, headers, { target: userId ? `user:${userId}` : null, details: { email, reason: 'locked' } });
    },

    /** After better-auth updated a user row: 2FA switched on (its verification step) or off. */
    async afterUserUpdate(user: { id: string; twoFactorEnabled?: boolean | null }, ctx: { path: string; headers?: Headers | undefined } | null): Promise<void> {
      if (!ctx) return;
      if (ctx.path === '/two-factor/disable') await record('auth.two_factor_disabled', user.id, ctx.headers, { target: `user:${user.id}` });
      else if ((secondFactorPaths.has(ctx.path) || ctx.path === '/two-factor/enable') && user.twoFactorEnabled) {
        await record('auth.two_factor_enabled', user.id, ctx.headers, { target: `user:${user.id}` });
      }
    },

    /** A password set again through the link of a reset mail. */
    async passwordReset(userId: string, request: Request | undefined): Promise<void> {
      await record('account.password_reset', userId, request?.headers, { target: `user:${userId}` });
    },
  };
}

export type AuthAudit = ReturnType<typeof createAuthAudit>;
