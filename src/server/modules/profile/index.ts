import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { AiEngine } from '#server/ai/index.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { FileStorage } from '#server/platform/storage/index.ts';
import { createProfileAi } from './profile-ai.ts';
import type { ProfileDeps } from './profile-deps.ts';

export { profileRoutes } from './profile.routes.ts';
export type { ProfileDeps } from './profile-deps.ts';

/** The profile dependencies the app builds (the same storage driver and AI engine as every module). */
export function createProfileDeps(deps: { config: Config; database: Database; log: Logger; engine: AiEngine; storage: FileStorage; now: () => Date }): ProfileDeps {
  return {
    db: deps.database.db,
    storage: deps.storage,
    ai: createProfileAi(deps.engine),
    settingOverrides: deps.config.settingOverrides,
    log: deps.log,
    now: deps.now,
  };
}
