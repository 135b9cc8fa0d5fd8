import type { Db } from '#server/db/client.ts';
import type { SettingOverrides } from '#server/modules/settings/index.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { FileStorage } from '#server/platform/storage/index.ts';
import type { ProfileAi } from './profile-ai.ts';

/** What the profile services need; passed in so tests can use a real database with any storage or engine. */
export type ProfileDeps = {
  db: Db;
  storage: FileStorage;
  ai: ProfileAi;
  /** The installation settings fixed by environment variables: with `db`, what reads the upload limit (decision 015). */
  settingOverrides: SettingOverrides;
  log: Logger;
  now: () => Date;
};
