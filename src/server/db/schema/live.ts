import { boolean, index, integer, jsonb, pgTable, real, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { checkOneOf, createdAt, primaryId, timestamptz, updatedAt } from './columns.ts';
import { interviewPanelMembers, scheduledInterviews } from './scheduling.ts';
import { workspaces } from './workspaces.ts';
import { type InterviewOutcome, interviewOutcomes, type RoomReviewState, roomReviewStates, type LiveInterviewStatus, liveInterviewStatuses, type LiveNoteKind, liveNoteKinds, type LiveNoteSource, liveNoteSources, type LiveTokenRole, liveTokenRoles, type TranscriptSource, transcriptSources, type TranscriptSpeaker, transcriptSpeakers } from '#shared/vocabulary.ts';

export { type LiveInterviewStatus, liveInterviewStatuses, type LiveNoteKind, liveNoteKinds, type LiveNoteSource, liveNoteSources, type LiveTokenRole, liveTokenRoles };

/** A real interview a host runs with the copilot beside them (seed 000 interviews). */
export const liveInterviews = pgTable(
  'live_interviews',
  {
    id: primaryId(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
    scheduledInterviewId: uuid('scheduled_interview_id').references(() => scheduledInterviews.id, { onDelete: 'set null' }),
    title: text('title').notNull().default('Live interview'),
    candidateName: text('candidate_name'),
    jobDescription: text('job_description'),
    resumeText: text('resume_text'),
    status: text('status').$type<LiveInterviewStatus>().notNull().default('pending'),
    /** The last seq given to a note and to a transcript segment (assigned while holding this row). */
    lastNoteSeq: integer('last_note_seq').notNull().default(0),
    lastSegmentSeq: integer('last_segment_seq').notNull().default(0),
    /** When the candidate accepted the recording notice; transcription waits for it. */
    consentAt: timestamptz('consent_at'),
    /** When the host switched speech-to-text on for the room (decision 041); null: the transcript is typed only. */
    speechOnAt: timestamptz('speech_on_at'),
    /** The interviewer's briefing (briefInterviewer over the job and the CV), computed on first view and kept. */
    briefing: jsonb('briefing').$type<unknown>(),
    /** The review the end-of-room job writes (reviewInterview over the transcript and notes). */
    reviewState: text('review_state').$type<RoomReviewState>().notNull().default('none'),
    review: jsonb('review').$type<unknown>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    startedAt: timestamptz('started_at'),
    endedAt: timestamptz('ended_at'),
  },
  (table) => [
    index('live_interviews_owner_id_idx').on(table.ownerId, table.createdAt.desc()),
    index('live_interviews_workspace_id_idx').on(table.workspaceId),
    index('live_interviews_scheduled_interview_id_idx').on(table.scheduledInterviewId),
    checkOneOf('live_interviews_status_check', table.status, liveInterviewStatuses),
    checkOneOf('live_interviews_review_state_check', table.reviewState, roomReviewStates),
  ],
);

export const liveInterviewNotes = pgTable(
  'live_interview_notes',
  {
    id: primaryId(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => liveInterviews.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    source: text('source').$type<LiveNoteSource>().notNull(),
    kind: text('kind').$type<LiveNoteKind>().notNull().default('note'),
    note: text('note').notNull(),
    /** Order within the interview's stream, from 1. */
    seq: integer('seq').notNull(),
    /** For an AI note: the words it rests on, found verbatim in the transcript or the CV. */
    quote: text('quote'),
    /** For an AI claim to verify: the CV line it is checked against, verbatim. */
    cvQuote: text('cv_quote'),
    /** For an AI note: the model that wrote it ('offline' for the deterministic engine). */
    model: text('model'),
    /** For a system note from a LiveKit webhook (joined, left): the event's id, so a delivery retried is noted once. */
    eventId: text('event_id'),
    createdAt: createdAt(),
  },
  (table) => [
    unique('live_interview_notes_interview_seq_unique').on(table.interviewId, table.seq),
    unique('live_interview_notes_interview_event_unique').on(table.interviewId, table.eventId),
    index('live_interview_notes_interview_id_idx').on(table.interviewId, table.createdAt),
    index('live_interview_notes_author_id_idx').on(table.authorId),
    checkOneOf('live_interview_notes_source_check', table.source, liveNoteSources),
    checkOneOf('live_interview_notes_kind_check', table.kind, liveNoteKinds),
  ],
);

/** Role links for host and candidate; only the SHA-256 of the token is stored. Active = not revoked, not expired. */
export const liveInterviewTokens = pgTable(
  'live_interview_tokens',
  {
    id: primaryId(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => liveInterviews.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    role: text('role').$type<LiveTokenRole>().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamptz('expires_at'),
    revokedAt: timestamptz('revoked_at'),
    lastUsedAt: timestamptz('last_used_at'),
  },
  (table) => [
    index('live_interview_tokens_interview_id_idx').on(table.interviewId),
    checkOneOf('live_interview_tokens_role_check', table.role, liveTokenRoles),
  ],
);

/** What was said, segment by segment; the speaker is the role of the link (or the host typing it). */
export const liveTranscriptSegments = pgTable(
  'live_transcript_segments',
  {
    id: primaryId(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => liveInterviews.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    speaker: text('speaker').$type<TranscriptSpeaker>().notNull(),
    text: text('text').notNull(),
    startMs: integer('start_ms'),
    endMs: integer('end_ms'),
    isFinal: boolean('is_final').notNull().default(true),
    /** typed, stt (a provider) or stt_offline (the offline engine's rough draft, shown as rough); decision 041. */
    source: text('source').$type<TranscriptSource>().notNull().default('typed'),
    /** The engine's mean word confidence (0–1) for a transcribed segment, when it gives one. */
    confidence: real('confidence'),
    createdAt: createdAt(),
  },
  (table) => [
    unique('live_transcript_segments_interview_seq_unique').on(table.interviewId, table.seq),
    checkOneOf('live_transcript_segments_speaker_check', table.speaker, transcriptSpeakers),
    checkOneOf('live_transcript_segments_source_check', table.source, transcriptSources),
  ],
);

/**
 * One panelist's scorecard for one interview: a rating per attached question (by its id), notes and a
 * recommendation. A draft until submitted; other panelists see it only once they submitted their own.
 */
export const interviewScorecards = pgTable(
  'interview_scorecards',
  {
    id: primaryId(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => scheduledInterviews.id, { onDelete: 'cascade' }),
    panelMemberId: uuid('panel_member_id')
      .notNull()
      .unique()
      .references(() => interviewPanelMembers.id, { onDelete: 'cascade' }),
    /** { [questionId]: 1–5 } */
    ratings: jsonb('ratings').$type<Record<string, number>>().notNull().default({}),
    overallRating: integer('overall_rating'),
    notes: text('notes').notNull().default(''),
    recommendation: text('recommendation').$type<InterviewOutcome>(),
    submittedAt: timestamptz('submitted_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('interview_scorecards_interview_id_idx').on(table.interviewId),
    checkOneOf('interview_scorecards_recommendation_check', table.recommendation, interviewOutcomes),
  ],
);
