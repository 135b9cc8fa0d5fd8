import type { Db } from '#server/db/client.ts';
import type { SettingOverrides } from './registry.ts';

/**
 * What reading a setting needs: the database and the values fixed by environment variables. Any module's deps that
 * hold these two can be passed to `getSetting` as they are.
 */
export type SettingsReader = { db: Db; settingOverrides: SettingOverrides };

/** The reader, and the clock for recording changes. */
export type SettingsDeps = SettingsReader & { now: () => Date };
