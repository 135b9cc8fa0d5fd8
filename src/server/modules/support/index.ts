import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { FileStorage } from '#server/platform/storage/index.ts';
import type { SupportDeps } from './support-deps.ts';

export type { SupportDeps } from './support-deps.ts';
export { supportRoutes } from './tickets.routes.ts';

export function createSupportDeps(runtime: { config: Pick<Config, 'settingOverrides'>; database: Database; storage: FileStorage; now: () => Date }): SupportDeps {
  return { db: runtime.database.db, storage: runtime.storage, now: runtime.now, settingOverrides: runtime.config.settingOverrides };
}
