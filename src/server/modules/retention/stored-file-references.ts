import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { batchFiles, cvUploads, practiceAnswers, resumes, supportTickets } from '#server/db/schema/index.ts';

/**
 * Every column that holds a file storage key. A stored file none of these name is nobody's (a recording never
 * submitted, the CVs of a deleted job) and data retention removes it after a grace period. A new column holding a key
 * must be added here: `stored-file-references.test.ts` fails when a schema column named like one is missing.
 */
export const storedFileReferences: readonly { table: PgTable; column: PgColumn }[] = [
  { table: cvUploads, column: cvUploads.storagePath },
  { table: resumes, column: resumes.storagePath },
  { table: batchFiles, column: batchFiles.storagePath },
  { table: practiceAnswers, column: practiceAnswers.audioStoragePath },
  { table: supportTickets, column: supportTickets.attachmentStoragePath },
];
