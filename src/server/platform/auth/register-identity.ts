import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import type { Logger } from '../logger.ts';
import { createMailer, type Mailer } from '../mail/index.ts';
import { registerCsrfGuard, registerRateLimits, registerSecurityHeaders } from '../security/index.ts';
import { createAuth, type Auth } from './create-auth.ts';
import { registerSessionGuard } from './session-guard.ts';
import { createSignInLockout } from './sign-in-lockout.ts';

export type Identity = { auth: Auth; mailer: Mailer };

/**
 * Security headers, rate limiting, the CSRF check and the session guard, all as global hooks on the root instance,
 * registered before any route so none escapes them. Returns the better-auth instance and the mailer for the routes.
 */
export async function registerIdentity(
  app: FastifyInstance,
  deps: { config: Config; database: Database; log: Logger; now: () => number },
): Promise<Identity> {
  const { config, database } = deps;
  await registerSecurityHeaders(app, config.publicUrl);
  await registerRateLimits(app);
  registerCsrfGuard(app, config.trustedOrigins);
  const mailer = createMailer({ db: database.db, smtpUrl: config.mail.smtpUrl, from: config.mail.from, log: deps.log });
  app.addHook('onClose', async () => mailer.close());
  const lockout = createSignInLockout({ db: database.db, now: deps.now });
  const auth = createAuth({ config, database, mailer, lockout, log: deps.log });
  registerSessionGuard(app, { auth, db: database.db, now: deps.now });
  return { auth, mailer };
}
