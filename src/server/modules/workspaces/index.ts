import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { Mailer } from '#server/platform/mail/index.ts';
import type { WorkspacesDeps } from './workspaces-deps.ts';

export { invitationsRoutes } from './invitations.routes.ts';
export type { WorkspacesDeps } from './workspaces-deps.ts';
export { workspacesRoutes } from './workspaces.routes.ts';

export function createWorkspacesDeps(runtime: { config: Pick<Config, 'publicUrl'>; database: Database; mailer: Mailer; now: () => Date }): WorkspacesDeps {
  return { db: runtime.database.db, mailer: runtime.mailer, publicUrl: runtime.config.publicUrl, now: runtime.now };
}
