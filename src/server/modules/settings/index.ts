import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import type { SettingsDeps } from './settings-deps.ts';

export { settingDefinitions, settingKeys, type SettingKey, type SettingOverrides, type SettingValue } from './registry.ts';
export type { SettingsDeps, SettingsReader } from './settings-deps.ts';
export { settingsRoutes } from './settings.routes.ts';
export { describeBytes } from './describe-bytes.ts';
export { getSetting } from './settings.service.ts';
export { readServerLlmChoice } from './server-llm-choice.ts';

export function createSettingsDeps(runtime: { config: Pick<Config, 'settingOverrides'>; database: Database; now: () => Date }): SettingsDeps {
  return { db: runtime.database.db, settingOverrides: runtime.config.settingOverrides, now: runtime.now };
}
