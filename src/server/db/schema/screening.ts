import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, real, text, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { checkOneOf, createdAt, primaryId, timestamptz, updatedAt } from './columns.ts';
import { jobs } from './jobs.ts';
import { workspaces } from './workspaces.ts';
import { type BatchFileStatus, batchFileStatuses, type CandidateStatus, candidateStatuses, type CvBatchStatus, cvBatchStatuses, type ResumeProcessingStatus, resumeProcessingStatuses } from '#shared/vocabulary.ts';

export { type BatchFileStatus, batchFileStatuses, type CandidateStatus, candidateStatuses, type CvBatchStatus, cvBatchStatuses, type ResumeProcessingStatus, resumeProcessingStatuses };

/** A set of CVs uploaded together to be screened against one job. */
export const cvBatches = pgTable(
  'cv_batches',
  {
    id: primaryId(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    status: text('status').$type<CvBatchStatus>().notNull().default('queued'),
    totalFiles: integer('total_files').notNull().default(0),
    processedFiles: integer('processed_files').notNull().default(0),
    failedFiles: integer('failed_files').notNull().default(0),
    duplicateFiles: integer('duplicate_files').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    completedAt: timestamptz('completed_at'),
  },
  (table) => [
    index('cv_batches_workspace_id_idx').on(table.workspaceId, table.createdAt.desc()),
    index('cv_batches_job_id_idx').on(table.jobId),
    index('cv_batches_created_by_idx').on(table.createdBy),
    checkOneOf('cv_batches_status_check', table.status, cvBatchStatuses),
  ],
);

/** An uploaded CV file as the workspace received it (seed 003 resumes_raw); one file may be screened for several jobs. */
export const resumes = pgTable(
  'resumes',
  {
    id: primaryId(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    storagePath: text('storage_path').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    mimeType: text('mime_type'),
    sha256: text('sha256'),
    rawText: text('raw_text'),
    processingStatus: text('processing_status').$type<ResumeProcessingStatus>().notNull().default('pending'),
    uploadedAt: timestamptz('uploaded_at').notNull().defaultNow(),
  },
  (table) => [
    index('resumes_workspace_id_idx').on(table.workspaceId, table.sha256),
    index('resumes_uploaded_by_idx').on(table.uploadedBy),
    checkOneOf('resumes_processing_status_check', table.processingStatus, resumeProcessingStatuses),
  ],
);

/** Named entities found in a resume's text, with where they were found. */
export const resumeEntities = pgTable(
  'resume_entities',
  {
    id: primaryId(),
    resumeId: uuid('resume_id')
      .notNull()
      .references(() => resumes.id, { onDelete: 'cascade' }),
    /** e.g. 'PERSON' | 'ORG' | 'SKILL' | 'EMAIL' | 'DATE'. */
    entityType: text('entity_type').notNull(),
    value: text('value').notNull(),
    confidence: real('confidence').notNull().default(0),
    startOffset: integer('start_offset'),
    endOffset: integer('end_offset'),
    /** The label the extractor itself used (wink-nlp / compromise tag). */
    label: text('label'),
    contextWindow: text('context_window'),
    createdAt: createdAt(),
  },
  (table) => [index('resume_entities_resume_id_idx').on(table.resumeId, table.entityType)],
);

/** One resume screened against one job: extracted profile, score with its evidence, and the recruiter's decision. */
export const candidates = pgTable(
  'candidates',
  {
    id: primaryId(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    batchId: uuid('batch_id').references(() => cvBatches.id, { onDelete: 'set null' }),
    resumeId: uuid('resume_id').references(() => resumes.id, { onDelete: 'set null' }),
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    location: text('location'),
    /** JSON Resume shape. */
    profile: jsonb('profile').$type<Record<string, unknown>>().notNull().default({}),
    /** 0–100. */
    overallScore: integer('overall_score').notNull().default(0),
    /** The matcher's named components: [{ name, value 0–1, weight, detail }]. */
    scoreComponents: jsonb('score_components').$type<{ name: string; value: number; weight: number; detail: string }[]>().notNull().default([]),
    professionalAssessment: text('professional_assessment'),
    experience: jsonb('experience').$type<unknown[]>().notNull().default([]),
    education: jsonb('education').$type<unknown[]>().notNull().default([]),
    rankReasoning: text('rank_reasoning'),
    /** e.g. 'strong_hire' | 'hire' | 'maybe' | 'pass'. */
    recommendation: text('recommendation'),
    matchedSkills: text('matched_skills').array().notNull().default([]),
    missingSkills: text('missing_skills').array().notNull().default([]),
    additionalSkills: text('additional_skills').array().notNull().default([]),
    missingNiceToHaveSkills: text('missing_nice_to_have_skills').array().notNull().default([]),
    /** Quotes from the CV behind each score component. */
    evidence: jsonb('evidence').$type<unknown[]>().notNull().default([]),
    /** The `jobs.requirements_version` the score was computed against (decision 054). */
    scoredVersion: integer('scored_version').notNull().default(0),
    status: text('status').$type<CandidateStatus>().notNull().default('new'),
    statusReason: text('status_reason'),
    /** When a recruiter last shortlisted or rejected the candidate, and who (decision 045: time to decision, per recruiter). */
    decidedAt: timestamptz('decided_at'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    duplicateOf: uuid('duplicate_of').references((): AnyPgColumn => candidates.id, { onDelete: 'set null' }),
    /** Embedding of the CV without personal details (names, contacts, places); embedding_vec mirrors it where pgvector exists. */
    embedding: real('embedding').array(),
    /** The model that made `embedding`. */
    embeddingModel: text('embedding_model'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    unique('candidates_job_resume_unique').on(table.jobId, table.resumeId),
    index('candidates_workspace_id_idx').on(table.workspaceId),
    index('candidates_decided_by_idx').on(table.decidedBy),
    /** The ranking's default order (best score, then oldest, then id) read straight off the index, so a page stops after its rows (decision 053). */
    index('candidates_job_score_idx').on(table.jobId, table.overallScore.desc().nullsFirst(), table.createdAt, table.id),
    index('candidates_job_scored_version_idx').on(table.jobId, table.scoredVersion),
    index('candidates_batch_id_idx').on(table.batchId),
    index('candidates_resume_id_idx').on(table.resumeId),
    index('candidates_duplicate_of_idx').on(table.duplicateOf),
    index('candidates_email_idx').on(table.workspaceId, table.email),
    /** One person across jobs is found by the normalised email (decision 047). */
    index('candidates_person_email_idx').on(table.workspaceId, sql`lower(btrim(${table.email}))`),
    checkOneOf('candidates_status_check', table.status, candidateStatuses),
  ],
);

/** Progress of each file in a batch, so a batch can be resumed and its failures named. */
export const batchFiles = pgTable(
  'batch_files',
  {
    id: primaryId(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => cvBatches.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    storagePath: text('storage_path').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    mimeType: text('mime_type'),
    sha256: text('sha256'),
    status: text('status').$type<BatchFileStatus>().notNull().default('queued'),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    resumeId: uuid('resume_id').references(() => resumes.id, { onDelete: 'set null' }),
    candidateId: uuid('candidate_id').references(() => candidates.id, { onDelete: 'set null' }),
    /** For a duplicate file: the candidate it duplicates (same file, email or phone in the same job). */
    duplicateOf: uuid('duplicate_of').references(() => candidates.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('batch_files_duplicate_of_idx').on(table.duplicateOf),
    index('batch_files_batch_id_idx').on(table.batchId, table.status),
    index('batch_files_sha256_idx').on(table.batchId, table.sha256),
    index('batch_files_resume_id_idx').on(table.resumeId),
    index('batch_files_candidate_id_idx').on(table.candidateId),
    checkOneOf('batch_files_status_check', table.status, batchFileStatuses),
  ],
);

/** A note by a member of the hiring team on a candidate (decision 047); `@name`/`@email` mentions notify the members named. */
export const candidateNotes = pgTable(
  'candidate_notes',
  {
    id: primaryId(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    /** The members the note mentions, resolved when it was written or last edited. */
    mentionedUserIds: uuid('mentioned_user_ids').array().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('candidate_notes_candidate_id_idx').on(table.candidateId, table.createdAt),
    index('candidate_notes_workspace_id_idx').on(table.workspaceId),
    index('candidate_notes_author_id_idx').on(table.authorId),
  ],
);
