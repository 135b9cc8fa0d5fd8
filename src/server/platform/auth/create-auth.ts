import { betterAuth } from 'better-auth';
import { createAuthMiddleware } from 'better-auth/api';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { withHashedSessionTokens } from './session-token-hash.ts';
import { admin, twoFactor } from 'better-auth/plugins';
import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import * as schema from '#server/db/schema/index.ts';
import { renderPasswordResetMail, renderVerificationMail, type Mailer } from '#server/platform/mail/index.ts';
import { clientIpHeader, createAuthAudit } from './auth-audit.ts';
import { createAuthHooks } from './auth-hooks.ts';
import { findSignUpRefusal } from './sign-up-policy.ts';
import { claimFirstAdministrator } from './auth.repo.ts';
import { maxPasswordLength, minPasswordLength } from './password-policy.ts';
import type { SignInLockout } from './sign-in-lockout.ts';

export type AuthDeps = {
  config: Pick<Config, 'publicUrl' | 'trustedOrigins' | 'serverSecret' | 'oauth' | 'settingOverrides'>;
  database: Database;
  mailer: Mailer;
  lockout: SignInLockout;
  log: Logger;
  now: () => Date;
};

export { clientIpHeader };

const day = 24 * 60 * 60;

function buildSocialProviders(oauth: AuthDeps['config']['oauth']) {
  return {
    ...(oauth.google ? { google: { clientId: oauth.google.clientId, clientSecret: oauth.google.clientSecret } } : {}),
    ...(oauth.microsoft
      ? { microsoft: { clientId: oauth.microsoft.clientId, clientSecret: oauth.microsoft.clientSecret, tenantId: 'common' } }
      : {}),
  };
}

/** better-auth on our database: email+password (scrypt), verification and reset through our mailer, 2FA, admin. */
export function createAuth(deps: AuthDeps) {
  const { config, database, mailer } = deps;
  if (!config.serverSecret) throw new Error('createAuth needs the server secret (main.ts resolves one from the data folder)');
  const audit = createAuthAudit({ db: database.db, now: deps.now });
  const hooks = createAuthHooks({
    lockout: deps.lockout,
    onLockedSignIn: (email, headers) => audit.lockedSignIn(email, headers),
    checkSignUp: (email) => findSignUpRefusal({ db: database.db, settingOverrides: config.settingOverrides }, email, deps.now()),
    checkSecondFactor: async (headers, code) => {
      for (const verify of [auth.api.verifyTOTP, auth.api.verifyBackupCode]) {
        try {
          await verify({ headers, body: { code } });
          return true;
        } catch {
          // try the next kind of code
        }
      }
      return false;
    },
  });

  const auth = betterAuth({
    appName: 'Parley',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret: config.serverSecret,
    trustedOrigins: [...config.trustedOrigins],
    telemetry: { enabled: false },
    logger: {
      log: (level, message, ...args) => {
        deps.log[level]({ source: 'better-auth', details: args.length > 0 ? args : undefined }, message);
      },
    },
    // Our @fastify/rate-limit guards the auth routes; a second limiter would disagree with it.
    rateLimit: { enabled: false },
    // Session tokens are stored as their hash (decision 058); reset and verification tokens likewise, by better-auth.
    database: withHashedSessionTokens(drizzleAdapter(database.db, { provider: 'pg', usePlural: true, schema })),
    verification: { storeIdentifier: 'hashed' },
    advanced: {
      database: { generateId: 'uuid' },
      useSecureCookies: config.publicUrl.startsWith('https://'),
      cookiePrefix: 'parley',
      ipAddress: { ipAddressHeaders: [clientIpHeader] },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength,
      maxPasswordLength,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
      onPasswordReset: async ({ user }, request) => audit.passwordReset(user.id, request),
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url }) => {
        await mailer.sendMail({ to: user.email, userId: user.id, kind: 'password_reset', ...renderPasswordResetMail({ name: user.name, url }) });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }) => {
        await mailer.sendMail({ to: user.email, userId: user.id, kind: 'verification', ...renderVerificationMail({ name: user.name, url }) });
      },
    },
    socialProviders: buildSocialProviders(config.oauth),
    // A provider's access, refresh and ID tokens are kept encrypted with the server secret (decision 058).
    account: { encryptOAuthTokens: true },
    // "Remember me" keeps 30 days (refreshed daily); without it better-auth issues a browser-session cookie and a 1-day session.
    // No cookie cache: every request reads the session row, so a revoked session stops working at once.
    session: {
      expiresIn: 30 * day,
      updateAge: day,
      cookieCache: { enabled: false },
      additionalFields: { lastSeenAt: { type: 'date', required: false, input: false } },
    },
    user: { deleteUser: { enabled: false } },
    databaseHooks: {
      user: {
        create: {
          // The first account of a new installation administers it.
          before: async (user) => ((await claimFirstAdministrator(database.db, user.email)) ? { data: { ...user, role: 'admin' } } : undefined),
        },
        update: { after: async (user, context) => audit.afterUserUpdate(user, context) },
      },
    },
    hooks: { before: hooks.before, after: hooks.after },
    plugins: [
      twoFactor({ issuer: 'Parley' }),
      admin({ defaultRole: 'user', adminRoles: ['admin'], bannedUserMessage: 'This account has been locked by an administrator.' }),
      // Last, so it sees each endpoint's outcome after the other plugins' hooks (a password sign-in that still needs its second factor has no session).
      { id: 'parley-audit', hooks: { after: [{ matcher: () => true, handler: createAuthMiddleware((ctx) => audit.afterEndpoint(ctx)) }] } },
    ],
  });
  return auth;
}

export type Auth = ReturnType<typeof createAuth>;
