import type { Db } from '#server/db/client.ts';
import type { Mailer } from '#server/platform/mail/index.ts';

/** The database, the mailer and the public address (for invitation links), and the clock. */
export type WorkspacesDeps = { db: Db; mailer: Mailer; publicUrl: string; now: () => Date };
