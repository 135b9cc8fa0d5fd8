import { bigint, boolean, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { createdAt, timestamptz, updatedAt, primaryId } from './columns.ts';

/** A parsed CV in JSON Resume shape (https://jsonresume.org/schema); kept loose because parsers fill it partly. */
export type JsonResume = Record<string, unknown>;

/** What a job seeker tells Parley about themselves (seed 002 profiles), one row per user. */
export const candidateProfiles = pgTable('candidate_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  fullName: text('full_name'),
  yearsOfExperience: integer('years_of_experience'),
  targetRoles: text('target_roles').array().notNull().default([]),
  keySkills: text('key_skills').array().notNull().default([]),
  industries: text('industries').array().notNull().default([]),
  /** Text of the current CV, copied here so question generation needs no join. */
  cvText: text('cv_text'),
  onboardedAt: timestamptz('onboarded_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A job seeker's CV files (seed 002 cv_uploads); the file itself is in storage under storage_path. */
export const cvUploads = pgTable(
  'cv_uploads',
  {
    id: primaryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    /** Content-addressed, so two uploads of the same bytes (by one user or by two) share a key. */
    storagePath: text('storage_path').notNull(),
    mimeType: text('mime_type'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    sha256: text('sha256'),
    /** The CV used for context; the service clears the flag on older uploads. */
    isCurrent: boolean('is_current').notNull().default(true),
    text: text('text'),
    parsed: jsonb('parsed').$type<JsonResume>(),
    uploadedAt: timestamptz('uploaded_at').notNull().defaultNow(),
  },
  (table) => [index('cv_uploads_user_id_idx').on(table.userId, table.isCurrent), index('cv_uploads_storage_path_idx').on(table.storagePath)],
);
