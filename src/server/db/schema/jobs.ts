import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, real, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { checkOneOf, createdAt, primaryId, timestamptz, updatedAt } from './columns.ts';
import { workspaces } from './workspaces.ts';
import { type CandidateStatus, type JobStatus, jobStatuses, type RescoreStatus, rescoreStatuses } from '#shared/vocabulary.ts';

export { type JobStatus, jobStatuses };

/** Structured requirements of a job, used to screen CVs (seed 003 jobs.requirements_json, cv_batches.jd_requirements). */
export type JobRequirements = {
  mustHaveSkills?: string[];
  niceToHaveSkills?: string[];
  minYearsExperience?: number;
  education?: string[];
  [key: string]: unknown;
};

/** A role a workspace is hiring for (seed 003 jobs). */
export const jobs = pgTable(
  'jobs',
  {
    id: primaryId(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull(),
    requirements: jsonb('requirements').$type<JobRequirements>().notNull().default({}),
    status: text('status').$type<JobStatus>().notNull().default('open'),
    location: text('location'),
    remote: boolean('remote').notNull().default(false),
    /** Blind screening for this job's whole team (names, contacts and file names hidden until shortlisted). */
    blindScreening: boolean('blind_screening').notNull().default(false),
    /** The job's own names for its pipeline stages, by stage key (decision 047); a stage not named here keeps its default name. */
    stageNames: jsonb('stage_names').$type<Partial<Record<CandidateStatus, string>>>().notNull().default({}),
    /** Portable embedding; where pgvector exists, embedding_vec mirrors it (see sql/vector-support.sql). */
    embedding: real('embedding').array(),
    /** The model that made `embedding`: only vectors of the configured model are compared. */
    embeddingModel: text('embedding_model'),
    /** Goes up by one each time the requirements change: a candidate scored against an older version is re-scored (decision 054). */
    requirementsVersion: integer('requirements_version').notNull().default(0),
    /** The re-scoring of the candidates against `requirements_version`: null before the first change. */
    rescoreStatus: text('rescore_status').$type<RescoreStatus>(),
    rescoreDone: integer('rescore_done').notNull().default(0),
    rescoreTotal: integer('rescore_total').notNull().default(0),
    rescoreStartedAt: timestamptz('rescore_started_at'),
    rescoreFinishedAt: timestamptz('rescore_finished_at'),
    rescoreError: text('rescore_error'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('jobs_workspace_id_idx').on(table.workspaceId, table.status),
    index('jobs_created_by_idx').on(table.createdBy),
    index('jobs_search_idx').using('gin', sql`to_tsvector('english', ${table.title} || ' ' || ${table.description})`),
    checkOneOf('jobs_status_check', table.status, jobStatuses),
    checkOneOf('jobs_rescore_status_check', table.rescoreStatus, rescoreStatuses),
  ],
);
