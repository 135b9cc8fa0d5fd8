import type { Db } from '#server/db/client.ts';
import type { FileStorage } from '#server/platform/storage/index.ts';

/** The database, the file storage (attachments) and the clock. */
export type SupportDeps = { db: Db; storage: FileStorage; now: () => Date };
