import type { FastifyInstance } from 'fastify';
import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { Mailer } from '#server/platform/mail/index.ts';
import { registerCsrfGuard, registerRateLimits, registerSecurityHeaders } from '#server/platform/security/index.ts';
import { createAuth, type Auth } from './create-auth.ts';
import { registerSessionGuard } from './session-guard.ts';
import { createSignInLockout } from './sign-in-lockout.ts';

export type Identity = { auth: Auth; mailer: Mailer };

/**
 * Security headers, rate limiting, the CSRF check and the session guard, all as global hooks on the root instance,
 * registered before any route so none escapes them. Returns the better-auth instance and the mailer (the process's
 * own, built once in the runtime) for the routes.
 */
export async function registerIdentity(
  app: FastifyInstance,
  deps: { config: Config; database: Database; log: Logger; mailer: Mailer; now: () => Date },
): Promise<Identity> {
  const { config, database, mailer } = deps;
  await registerSecurityHeaders(app, config.publicUrl, { liveKitUrl: config.liveKit?.url });
  const { now } = deps;
  await registerRateLimits(app, { db: database.db, now });
  registerCsrfGuard(app, config.trustedOrigins);
  const lockout = createSignInLockout({ db: database.db, now });
  const auth = createAuth({ config, database, mailer, lockout, log: deps.log, now: deps.now });
  registerSessionGuard(app, { auth, db: database.db, now });
  return { auth, mailer };
}
