import type { FastifyPluginAsync } from 'fastify';
import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { OutboundGuard } from '#server/platform/outbound/index.ts';
import type { Queue } from '#server/platform/queue/queue.ts';
import { authRoutes, type Identity } from '#server/platform/auth/index.ts';
import { accountRoutes, createAccountDeps } from '#server/modules/account/index.ts';
import { adminRoutes, createAdminDeps, overviewRoutes } from '#server/modules/admin/index.ts';
import { createAiUsageDeps, usageRoutes } from '#server/modules/ai-usage/index.ts';
import { auditRoutes } from '#server/modules/audit/index.ts';
import { createHealthDeps, healthRoutes } from '#server/modules/health/index.ts';
import { createKeysDeps, keysRoutes } from '#server/modules/keys/index.ts';
import { createSessionsDeps, sessionsRoutes } from '#server/modules/sessions/index.ts';
import { createSettingsDeps, settingsRoutes } from '#server/modules/settings/index.ts';
import { createWorkspacesDeps, invitationsRoutes, workspacesRoutes } from '#server/modules/workspaces/index.ts';

export type AccountModulesOptions = {
  identity: Identity;
  config: Config;
  database: Database;
  now: () => Date;
  outbound: OutboundGuard;
  /** The process's background queue, when it runs one: the admin overview counts and retries its jobs. */
  queue?: Queue | undefined;
};

/**
 * Every accounts-and-workspaces route, with each module's dependencies built once: better-auth's mount, health,
 * profile, sessions, workspaces and invitations, BYOK keys, administration, the installation settings, and AI usage with its budgets.
 */
export const accountModules: FastifyPluginAsync<AccountModulesOptions> = async (app, options) => {
  const { identity, config, database, now, outbound, queue } = options;
  await app.register(authRoutes, { auth: identity.auth, config, authRateLimitPerMinute: config.authRateLimitPerMinute });
  await app.register(healthRoutes, { deps: createHealthDeps({ database, now }) });
  await app.register(accountRoutes, { deps: createAccountDeps({ database, auth: identity.auth, now }) });
  await app.register(sessionsRoutes, { deps: createSessionsDeps({ database, now }) });
  const workspacesDeps = createWorkspacesDeps({ config, database, mailer: identity.mailer, now });
  await app.register(workspacesRoutes, { deps: workspacesDeps });
  await app.register(invitationsRoutes, { deps: workspacesDeps });
  await app.register(keysRoutes, { deps: createKeysDeps({ config, database, now, outbound }) });
  const adminDeps = createAdminDeps({ config, database, now, queue });
  await app.register(adminRoutes, { deps: adminDeps });
  await app.register(overviewRoutes, { deps: adminDeps });
  await app.register(auditRoutes, { deps: { db: database.db } });
  await app.register(settingsRoutes, { deps: createSettingsDeps({ config, database, now }) });
  await app.register(usageRoutes, { deps: createAiUsageDeps({ config, database, now }) });
};
