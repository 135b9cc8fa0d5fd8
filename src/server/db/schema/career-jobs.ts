import { boolean, date, index, integer, jsonb, pgTable, real, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { experiences } from './career.ts';
import { checkOneOf, createdAt, primaryId, timestamptz, updatedAt } from './columns.ts';
import { cvUploads } from './profiles.ts';
import { type JobApplicationStatus, jobApplicationStatuses, type SkillAnalysisStatus, skillAnalysisStatuses } from '#shared/vocabulary.ts';

export { type JobApplicationStatus, jobApplicationStatuses, type SkillAnalysisStatus, skillAnalysisStatuses };

/** A job a job seeker is looking at (seed 004 job_posting): pasted or fetched, then parsed. */
export const jobPostings = pgTable(
  'job_postings',
  {
    id: primaryId(),
    addedBy: uuid('added_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    url: text('url'),
    companyName: text('company_name'),
    jobTitle: text('job_title'),
    location: text('location'),
    remoteOk: boolean('remote_ok').notNull().default(false),
    description: text('description'),
    /** Requirements, skills and responsibilities extracted from the text. */
    parsed: jsonb('parsed').$type<Record<string, unknown>>(),
    /** The fetched page's structured data as it came (e.g. schema.org JobPosting). */
    rawJson: jsonb('raw_json').$type<Record<string, unknown>>(),
    scrapedAt: timestamptz('scraped_at'),
    scrapingSuccess: boolean('scraping_success'),
    scrapingError: text('scraping_error'),
    /** How the posting came in: 'text' (pasted), 'html' (an uploaded page) or 'url' (fetched). */
    source: text('source'),
    datePosted: date('date_posted'),
    validThrough: date('valid_through'),
    /** A target job: the skill-gap analysis runs over the user's targets. */
    isTarget: boolean('is_target').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('job_postings_added_by_idx').on(table.addedBy, table.createdAt.desc()),
    index('job_postings_company_name_idx').on(table.companyName),
    index('job_postings_job_title_idx').on(table.jobTitle),
  ],
);

export const jobApplications = pgTable(
  'job_applications',
  {
    id: primaryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    jobPostingId: uuid('job_posting_id')
      .notNull()
      .references(() => jobPostings.id, { onDelete: 'cascade' }),
    status: text('status').$type<JobApplicationStatus>().notNull().default('saved'),
    appliedDate: date('applied_date'),
    notes: text('notes'),
    /** The CV sent, when it is one of the user's uploads; resume_version_label names any other version. */
    cvUploadId: uuid('cv_upload_id').references(() => cvUploads.id, { onDelete: 'set null' }),
    resumeVersionLabel: text('resume_version_label'),
    /** A frozen copy of the CV version sent (file name, text, parsed), so later edits of that CV do not change it. */
    cvSnapshot: jsonb('cv_snapshot').$type<Record<string, unknown>>(),
    /** Remind the user after this many days in 'applied' without a reply; null = no reminder. */
    followUpAfterDays: integer('follow_up_after_days'),
    followUpByEmail: boolean('follow_up_by_email').notNull().default(false),
    followUpSentAt: timestamptz('follow_up_sent_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    unique('job_applications_user_posting_unique').on(table.userId, table.jobPostingId),
    index('job_applications_user_id_idx').on(table.userId, table.status),
    index('job_applications_job_posting_id_idx').on(table.jobPostingId),
    index('job_applications_cv_upload_id_idx').on(table.cvUploadId),
    checkOneOf('job_applications_status_check', table.status, jobApplicationStatuses),
  ],
);

/** Every stage an application went through, with its date (editable afterwards): the application's timeline. */
export const jobApplicationStages = pgTable(
  'job_application_stages',
  {
    id: primaryId(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => jobApplications.id, { onDelete: 'cascade' }),
    status: text('status').$type<JobApplicationStatus>().notNull(),
    at: timestamptz('at').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index('job_application_stages_application_id_idx').on(table.applicationId, table.at),
    checkOneOf('job_application_stages_status_check', table.status, jobApplicationStatuses),
  ],
);

/** Which of the user's experiences support an application to a posting, and how well. */
export const jobExperiences = pgTable(
  'job_experiences',
  {
    id: primaryId(),
    jobPostingId: uuid('job_posting_id')
      .notNull()
      .references(() => jobPostings.id, { onDelete: 'cascade' }),
    experienceId: uuid('experience_id')
      .notNull()
      .references(() => experiences.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** e.g. 'high' | 'medium' | 'low'. */
    relevance: text('relevance'),
    targetSkills: text('target_skills').array().notNull().default([]),
    /** 0–1. */
    matchScore: real('match_score'),
    /** 'manual' | 'offline' | 'llm'. */
    creationSource: text('creation_source'),
    relevanceNotes: text('relevance_notes'),
    createdAt: createdAt(),
  },
  (table) => [
    unique('job_experiences_posting_experience_unique').on(table.jobPostingId, table.experienceId),
    index('job_experiences_experience_id_idx').on(table.experienceId),
    index('job_experiences_user_id_idx').on(table.userId),
  ],
);

/** A cached run of the skill-gap analysis over a user's experiences and saved postings. */
export const skillAnalyses = pgTable(
  'skill_analyses',
  {
    id: primaryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').$type<SkillAnalysisStatus>().notNull().default('pending'),
    totalExperiencesAnalyzed: integer('total_experiences_analyzed').notNull().default(0),
    totalJobsAnalyzed: integer('total_jobs_analyzed').notNull().default(0),
    totalSkillsFound: integer('total_skills_found').notNull().default(0),
    newSkillsCreated: integer('new_skills_created').notNull().default(0),
    totalSkillGaps: integer('total_skill_gaps').notNull().default(0),
    averageJobMatchScore: real('average_job_match_score'),
    highestJobMatchScore: real('highest_job_match_score'),
    lowestJobMatchScore: real('lowest_job_match_score'),
    skillGaps: jsonb('skill_gaps').$type<unknown[]>().notNull().default([]),
    jobMatches: jsonb('job_matches').$type<unknown[]>().notNull().default([]),
    skillsExtracted: jsonb('skills_extracted').$type<unknown[]>().notNull().default([]),
    analyzerVersion: text('analyzer_version'),
    analysisParameters: jsonb('analysis_parameters').$type<Record<string, unknown>>().notNull().default({}),
    userNotes: text('user_notes'),
    /** Target postings analysed so far, of how many: the job's progress, kept so a restarted run skips what is done. */
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    /** Why a run failed, in words for the user. */
    error: text('error'),
    createdAt: createdAt(),
    completedAt: timestamptz('completed_at'),
  },
  (table) => [
    index('skill_analyses_user_id_idx').on(table.userId, table.createdAt.desc()),
    checkOneOf('skill_analyses_status_check', table.status, skillAnalysisStatuses),
  ],
);
