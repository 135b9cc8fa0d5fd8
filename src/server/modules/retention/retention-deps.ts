import type { SettingsReader } from '#server/modules/settings/index.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { FileStorage } from '#server/platform/storage/index.ts';

/** What data retention needs: the database, its periods (settings), the file storage, the clock and a log. */
export type RetentionDeps = SettingsReader & { storage: FileStorage; now: () => Date; log: Logger };
