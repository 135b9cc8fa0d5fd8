import type { FastifyPluginAsync } from 'fastify';
import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import { authRoutes, type Identity } from '#server/platform/auth/index.ts';
import { adminRoutes, createAdminService } from '../admin/index.ts';
import { createKeysService, keysRoutes } from '../keys/index.ts';
import { createSessionsService, sessionsRoutes } from '../sessions/index.ts';
import { createInvitationsService, createWorkspacesService, invitationsRoutes, workspacesRoutes } from '../workspaces/index.ts';
import { accountRoutes } from './account.routes.ts';
import { createAccountService } from './account.service.ts';

export type AccountModulesOptions = {
  identity: Identity;
  config: Config;
  database: Database;
  now: () => number;
};

/** Every accounts-and-workspaces route: better-auth's mount, profile, sessions, workspaces, BYOK keys, administration. */
export const accountModules: FastifyPluginAsync<AccountModulesOptions> = async (app, options) => {
  const { identity, config, database, now } = options;
  const db = database.db;
  if (!config.serverSecret) throw new Error('the accounts modules need the server secret');
  const account = createAccountService({ db, auth: identity.auth, now });
  await app.register(authRoutes, { auth: identity.auth, config, authRateLimitPerMinute: config.authRateLimitPerMinute });
  await app.register(accountRoutes, { account });
  await app.register(sessionsRoutes, { sessions: createSessionsService({ db, now }) });
  await app.register(workspacesRoutes, { workspaces: createWorkspacesService({ db }) });
  await app.register(invitationsRoutes, {
    invitations: createInvitationsService({ db, mailer: identity.mailer, publicUrl: config.publicUrl, now }),
  });
  const keys = createKeysService({ db, serverSecret: config.serverSecret, now });
  await app.register(keysRoutes, { keys });
  await app.register(adminRoutes, { admin: createAdminService({ db, removeUser: (userId) => account.removeUser(userId) }) });
};
