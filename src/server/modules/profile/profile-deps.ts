import type { Config } from '#server/config.ts';
import type { Db } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { FileStorage } from '#server/platform/storage/index.ts';
import type { ProfileAi } from './profile-ai.ts';

/** What the profile services need; passed in so tests can use a real database with any storage or engine. */
export type ProfileDeps = {
  db: Db;
  storage: FileStorage;
  ai: ProfileAi;
  config: Pick<Config, 'uploads'>;
  log: Logger;
  now: () => Date;
};
