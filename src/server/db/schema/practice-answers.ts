import { index, integer, jsonb, pgTable, real, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { checkOneOf, createdAt, primaryId, timestamptz, updatedAt } from './columns.ts';
import { practiceQuestions, practiceSessions } from './practice.ts';
import { type AiEngine, aiEngines, type FeedbackStatus, feedbackStatuses, type TranscriptSource, transcriptSources } from '#shared/vocabulary.ts';

export { type AiEngine, aiEngines, type FeedbackStatus, feedbackStatuses, type TranscriptSource, transcriptSources };

/** Delivery measures computed from the transcript (and audio, when there is some). */
export type AnswerMetrics = {
  wordCount?: number;
  fillerWords?: Record<string, number>;
  wordsPerMinute?: number;
  durationMs?: number;
  [key: string]: unknown;
};

/** A candidate's answer to one question; a retry is a new row with the next attempt number. */
export const practiceAnswers = pgTable(
  'practice_answers',
  {
    id: primaryId(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => practiceQuestions.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull().default(1),
    transcript: text('transcript'),
    transcriptSource: text('transcript_source').$type<TranscriptSource>().notNull().default('typed'),
    /** Storage key of the recorded audio, if it was kept. */
    audioStoragePath: text('audio_storage_path'),
    audioDurationMs: integer('audio_duration_ms'),
    metrics: jsonb('metrics').$type<AnswerMetrics>().notNull().default({}),
    answeredAt: timestamptz('answered_at').notNull().defaultNow(),
  },
  (table) => [
    unique('practice_answers_question_attempt_unique').on(table.questionId, table.attempt),
    index('practice_answers_session_id_idx').on(table.sessionId),
    index('practice_answers_user_id_idx').on(table.userId),
    checkOneOf('practice_answers_transcript_source_check', table.transcriptSource, transcriptSources),
  ],
);

export const answerEvaluations = pgTable(
  'answer_evaluations',
  {
    id: primaryId(),
    /** One evaluation per answer: two runs evaluating the same answer at once keep the first. */
    answerId: uuid('answer_id')
      .notNull()
      .unique()
      .references(() => practiceAnswers.id, { onDelete: 'cascade' }),
    /** The validated evaluation (scores, evidence, advice) as the AI engine returned it. */
    evaluation: jsonb('evaluation').$type<Record<string, unknown>>().notNull(),
    overallScore: real('overall_score'),
    competencyScores: jsonb('competency_scores').$type<Record<string, number>>().notNull().default({}),
    engine: text('engine').$type<AiEngine>().notNull(),
    provider: text('provider'),
    model: text('model'),
    createdAt: createdAt(),
  },
  (table) => [
    checkOneOf('answer_evaluations_engine_check', table.engine, aiEngines),
  ],
);

/** The report for a finished session (seed 001 feedback and seed 002 ai_feedback merged), one per session. */
export const practiceFeedback = pgTable(
  'practice_feedback',
  {
    id: primaryId(),
    sessionId: uuid('session_id')
      .notNull()
      .unique()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').$type<FeedbackStatus>().notNull().default('pending'),
    /** Structured report: strengths, areas for improvement, actionable suggestions, per-question notes. */
    report: jsonb('report').$type<Record<string, unknown>>(),
    /** 0–100. */
    rating: integer('rating'),
    /** e.g. 'Needs improvement' | 'Good' | 'Excellent'. */
    ratingLabel: text('rating_label'),
    summary: text('summary'),
    engine: text('engine').$type<AiEngine>(),
    error: text('error'),
    generatedAt: timestamptz('generated_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('practice_feedback_user_id_idx').on(table.userId),
    checkOneOf('practice_feedback_status_check', table.status, feedbackStatuses),
    checkOneOf('practice_feedback_engine_check', table.engine, aiEngines),
  ],
);
