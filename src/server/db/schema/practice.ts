import { boolean, index, integer, jsonb, pgTable, text, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { jobPostings } from './career-jobs.ts';
import { checkOneOf, createdAt, primaryId, timestamptz, updatedAt } from './columns.ts';
import { cvUploads } from './profiles.ts';
import { type PracticeEndReason, practiceEndReasons, type PracticeMode, practiceModes, type PracticeStatus, practiceStatuses, type PracticeTurnRole, practiceTurnRoles , type PracticeDifficulty, type PracticeEndedBy } from '#shared/vocabulary.ts';

export { type PracticeEndReason, practiceEndReasons, type PracticeMode, practiceModes, type PracticeStatus, practiceStatuses, type PracticeTurnRole, practiceTurnRoles };

/**
 * One mock interview (seed 001 interviews and seed 002 interview_sessions reconciled): a text or voice session
 * whose conversation lives in practice_turns and whose questions and answers live beside it.
 */
export const practiceSessions = pgTable(
  'practice_sessions',
  {
    id: primaryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull().default('Practice Interview'),
    targetRole: text('target_role'),
    /** e.g. 'junior' | 'mid' | 'senior' | 'lead'. */
    experienceLevel: text('experience_level'),
    difficulty: text('difficulty').$type<PracticeDifficulty>(),
    /** e.g. 'behavioral' | 'technical' | 'hr_screening' | 'mixed'. */
    interviewType: text('interview_type'),
    focusSkills: text('focus_skills').array().notNull().default([]),
    jobDescription: text('job_description'),
    jobPostingId: uuid('job_posting_id').references(() => jobPostings.id, { onDelete: 'set null' }),
    cvUploadId: uuid('cv_upload_id').references(() => cvUploads.id, { onDelete: 'set null' }),
    requestedQuestionCount: integer('requested_question_count'),
    actualQuestionCount: integer('actual_question_count'),
    mode: text('mode').$type<PracticeMode>().notNull().default('text'),
    status: text('status').$type<PracticeStatus>().notNull().default('pending'),
    /** The interview stage now (intro, experience, technical, behavioral, closing, …). */
    stage: text('stage'),
    finalStage: text('final_stage'),
    endedBy: text('ended_by').$type<PracticeEndedBy>(),
    endReason: text('end_reason').$type<PracticeEndReason>(),
    skippedStages: jsonb('skipped_stages').$type<string[]>().notNull().default([]),
    hasResume: boolean('has_resume').notNull().default(false),
    hasJd: boolean('has_jd').notNull().default(false),
    /** Voice room (LiveKit) name, when the session ran in one. */
    roomName: text('room_name').unique(),
    /** Id of the call at an external voice provider (seed 002 vapi_call_id). */
    externalCallId: text('external_call_id'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    startedAt: timestamptz('started_at'),
    completedAt: timestamptz('completed_at'),
  },
  (table) => [
    index('practice_sessions_user_id_idx').on(table.userId, table.createdAt.desc()),
    index('practice_sessions_started_at_idx').on(table.startedAt.desc()),
    index('practice_sessions_job_posting_id_idx').on(table.jobPostingId),
    index('practice_sessions_cv_upload_id_idx').on(table.cvUploadId),
    checkOneOf('practice_sessions_mode_check', table.mode, practiceModes),
    checkOneOf('practice_sessions_status_check', table.status, practiceStatuses),
    checkOneOf('practice_sessions_end_reason_check', table.endReason, practiceEndReasons),
  ],
);

export const practiceQuestions = pgTable(
  'practice_questions',
  {
    id: primaryId(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    /** Order asked within the session, from 1. */
    position: integer('position').notNull(),
    /** e.g. 'behavioral' | 'technical_general' | 'situational'. */
    typeTag: text('type_tag'),
    stage: text('stage'),
    competency: text('competency'),
    skill: text('skill'),
    /** What a strong answer would show, used to evaluate answers. */
    strongAnswerShows: text('strong_answer_shows').array().notNull().default([]),
    isFollowUp: boolean('is_follow_up').notNull().default(false),
    parentQuestionId: uuid('parent_question_id').references((): AnyPgColumn => practiceQuestions.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [
    index('practice_questions_session_id_idx').on(table.sessionId, table.position),
    index('practice_questions_parent_question_id_idx').on(table.parentQuestionId),
  ],
);

/** The whole conversation, one row per utterance (replaces seed 001's conversation / total_messages jsonb). */
export const practiceTurns = pgTable(
  'practice_turns',
  {
    id: primaryId(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    role: text('role').$type<PracticeTurnRole>().notNull(),
    stage: text('stage'),
    text: text('text').notNull(),
    questionId: uuid('question_id').references(() => practiceQuestions.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [
    unique('practice_turns_session_seq_unique').on(table.sessionId, table.seq),
    index('practice_turns_question_id_idx').on(table.questionId),
    checkOneOf('practice_turns_role_check', table.role, practiceTurnRoles),
  ],
);
