import type { Db } from '#server/db/client.ts';
import type { SettingOverrides } from '#server/modules/settings/index.ts';
import type { FileStorage } from '#server/platform/storage/index.ts';

/** The database, the file storage (attachments), the clock, and the settings fixed by environment variables (the attachment limit). */
export type SupportDeps = { db: Db; storage: FileStorage; now: () => Date; settingOverrides: SettingOverrides };
